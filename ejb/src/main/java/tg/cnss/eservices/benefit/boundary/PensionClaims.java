package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.benefit.control.BenefitPayment;
import tg.cnss.eservices.benefit.control.PensionClaimKind;
import tg.cnss.eservices.benefit.control.PensionRules;
import tg.cnss.eservices.benefit.control.PensionType;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Pension d'invalidité ou de vieillesse": the pension asked for, checked against the person's own
 * account at the departure chosen (the simulator's rules, its figures attached to the request),
 * where to pay it, the ID, the birth certificate and — invalidity, premature wear — the medical
 * certificate joined; preview, request to Prestations, one at a time.
 */
@Stateless
@RolesAllowed("INSURED")
public class PensionClaims {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MONTHS_AHEAD = 12;

    @Resource
    SessionContext session;

    @Inject
    BenefitDesk desk;

    @Inject
    PensionClaimKind kind;

    @Inject
    CareerMonths careers;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PensionClaimStart start() {
        BenefitDesk.Claimant claimant = me();
        LocalDate today = desk.today();
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate birth = claimant.birthDate();
        LocalDate proposed = nextMonth;
        if (birth != null) {
            LocalDate sixty = birth.plusYears(PensionRules.Parameters.CURRENT.normalAge());
            LocalDate afterSixty = sixty.withDayOfMonth(1).plusMonths(1);
            proposed = afterSixty.isAfter(nextMonth) && !afterSixty.isAfter(today.plusMonths(MONTHS_AHEAD))
                    ? afterSixty
                    : nextMonth;
        }
        return new PensionClaimStart(
                claimant.number().display(),
                claimant.fullName(),
                birth,
                careers.careerOf(claimant.number()).monthsCounted(),
                desk.openRequest(claimant, kind).orElse(null),
                Arrays.stream(PensionType.values())
                        .map(type -> new PensionClaimStart.Option(type.name(), type.label()))
                        .toList(),
                proposed,
                Arrays.stream(MobileOperator.values())
                        .map(operator -> new PensionClaimStart.Option(operator.name(), operator.label()))
                        .toList());
    }

    /**
     * The simulation of the pension chosen at the departure chosen, for the form to show as they
     * change; null for an invalidity pension or while either is missing or the birth date unknown.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PensionRules.Simulation simulate(String type, LocalDate startDate) {
        PensionType pension = PensionType.of(type);
        BenefitDesk.Claimant claimant = me();
        if (pension == null || pension == PensionType.INVALIDITY || startDate == null || claimant.birthDate() == null) {
            return null;
        }
        return kind.simulate(claimant.number(), claimant.birthDate(), pension, startDate);
    }

    /** The request as the preview and the agent show it; refused, field by field, when incomplete. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull PensionClaimForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(claimOf(me(), form, files));
    }

    public RequestReceipt submit(@NotNull PensionClaimForm form, @NotNull List<UploadedFile> files) {
        BenefitDesk.Claimant claimant = me();
        PensionClaimKind.Claim claim = claimOf(claimant, form, files);
        return desk.submit(
                kind,
                claimant,
                claim.type().label() + " à compter du " + claim.startDate().format(DAY),
                claim,
                files);
    }

    private PensionClaimKind.Claim claimOf(
            BenefitDesk.Claimant claimant, PensionClaimForm form, List<UploadedFile> files) {
        LocalDate today = desk.today();
        Map<String, String> errors = new LinkedHashMap<>();
        desk.refuseIfOpen(claimant, kind, errors);
        PensionType type = PensionType.of(form.type());
        if (type == null) {
            errors.put("typePension", "Pension demandée : choisissez-la dans la liste.");
        }
        LocalDate start = form.startDate();
        if (start == null) {
            errors.put("depart", "Date de départ souhaitée : indiquez-la (JJ/MM/AAAA).");
        } else if (start.isBefore(today.withDayOfMonth(1)) || start.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            errors.put(
                    "depart",
                    "Date de départ souhaitée : entre le "
                            + today.withDayOfMonth(1).format(DAY) + " et le "
                            + today.plusMonths(MONTHS_AHEAD).format(DAY)
                            + " (la demande se dépose au plus un an avant).");
        }
        LocalDate stopped = form.stoppedWorkOn();
        if (stopped == null) {
            errors.put("cessation", "Cessation de l'activité salariée : indiquez la date (prévue ou passée).");
        } else if (start != null && stopped.isAfter(start)) {
            errors.put(
                    "cessation",
                    "Cessation de l'activité salariée : au plus tard le jour du départ, le " + start.format(DAY) + ".");
        }
        BenefitPayment payment = form.payment() == null ? null : form.payment().read(errors);
        if (form.payment() == null) {
            errors.put("versement", "Mode de versement : choisissez le virement bancaire ou le mobile money.");
        }
        PensionClaimKind.Simulated simulated = null;
        if (type != null && start != null && !errors.containsKey("depart")) {
            simulated = conditionsAt(claimant, type, start, errors);
        }
        if (type != null && files.size() < type.filesRequired()) {
            errors.put(
                    "pieces",
                    "Pièces jointes : joignez votre pièce d'identité et votre acte de naissance"
                            + (type.needsMedicalCertificate() ? ", et le certificat médical" : "") + " ("
                            + type.filesRequired() + " fichiers au moins).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return new PensionClaimKind.Claim(
                claimant.number().display(),
                claimant.fullName(),
                claimant.birthDate(),
                type,
                start,
                stopped,
                simulated,
                payment);
    }

    /** The simulation attached, or the condition not met said; none for an invalidity pension. */
    private PensionClaimKind.Simulated conditionsAt(
            BenefitDesk.Claimant claimant, PensionType type, LocalDate start, Map<String, String> errors) {
        LocalDate birth = claimant.birthDate();
        if (birth == null) {
            errors.put(
                    "conditions",
                    "Votre date de naissance n'est pas encore connue du registre des assurés : écrivez"
                            + " à la CNSS (Réclamations) avant de demander votre pension.");
            return null;
        }
        if (type == PensionType.INVALIDITY) {
            if (!start.isBefore(birth.plusYears(PensionRules.Parameters.CURRENT.normalAge()))) {
                errors.put(
                        "typePension",
                        "Pension demandée : à " + PensionRules.Parameters.CURRENT.normalAge()
                                + " ans, c'est la pension de vieillesse qu'il faut demander.");
            }
            return null;
        }
        PensionRules.Simulation simulation = kind.simulate(claimant.number(), birth, type, start);
        if (!type.fits(simulation.outcome())) {
            errors.put("conditions", "Conditions au " + start.format(DAY) + " : " + simulation.verdict());
            return null;
        }
        return PensionClaimKind.Simulated.of(simulation);
    }

    private BenefitDesk.Claimant me() {
        return desk.claimant(session.getCallerPrincipal().getName());
    }
}
