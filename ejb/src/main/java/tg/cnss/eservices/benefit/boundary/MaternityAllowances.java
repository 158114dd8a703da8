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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tg.cnss.eservices.benefit.control.MaternityAllowanceKind;
import tg.cnss.eservices.benefit.control.MaternityAllowanceRules;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "I.J.M": the conditions (12 months registered before the expected birth, work stopped) checked
 * and explained as the dates are typed, the allowance estimated from the account with each
 * figure's rule, the documents joined (pregnancy certificate, work stop, payslips, and the birth
 * certificate once born), preview, request to Prestations, one at a time.
 */
@Stateless
@RolesAllowed("INSURED")
public class MaternityAllowances {

    /** Pregnancy certificate, work-stop certificate, the last three payslips (one PDF); the birth certificate once born. */
    static final int FILES_BEFORE_BIRTH = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    SessionContext session;

    @Inject
    BenefitDesk desk;

    @Inject
    MaternityAllowanceKind kind;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MaternityStart start() {
        BenefitDesk.Claimant claimant = me();
        boolean man =
                claimant.person().map(person -> "M".equals(person.getSex())).orElse(false);
        return new MaternityStart(
                claimant.number().display(),
                claimant.fullName(),
                registeredSince(claimant),
                kind.lastEmployer(claimant.number()).orElse(null),
                desk.openRequest(claimant, kind).orElse(null),
                man
                        ? "Les indemnités journalières de maternité sont versées à l'assurée salariée elle-même. Pour"
                                + " la grossesse de votre conjointe, demandez l'allocation prénatale."
                        : null);
    }

    /** The conditions with the dates typed so far (any may be null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Eligibility eligibility(LocalDate expectedBirth, LocalDate stopFrom) {
        BenefitDesk.Claimant claimant = me();
        return MaternityAllowanceRules.eligibility(
                kind.facts(claimant.number(), registeredSince(claimant), expectedBirth, stopFrom, null));
    }

    /** The estimate for the stop typed; null until its first day is given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MaternityAllowanceRules.Estimate estimate(LocalDate stopFrom, LocalDate stopTo) {
        if (stopFrom == null || (stopTo != null && stopTo.isBefore(stopFrom))) {
            return null;
        }
        BenefitDesk.Claimant claimant = me();
        return MaternityAllowanceRules.estimate(
                kind.facts(claimant.number(), registeredSince(claimant), null, stopFrom, stopTo));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull MaternityForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(applicationOf(me(), form, files));
    }

    public RequestReceipt submit(@NotNull MaternityForm form, @NotNull List<UploadedFile> files) {
        BenefitDesk.Claimant claimant = me();
        MaternityAllowanceKind.Application application = applicationOf(claimant, form, files);
        return desk.submit(
                kind,
                claimant,
                "I.J.M — arrêt de travail du " + application.stopFrom().format(DAY),
                application,
                files);
    }

    private MaternityAllowanceKind.Application applicationOf(
            BenefitDesk.Claimant claimant, MaternityForm form, List<UploadedFile> files) {
        MaternityStart start = start();
        LocalDate today = desk.today();
        Map<String, String> errors = new LinkedHashMap<>();
        if (start.notForYou() != null) {
            errors.put("demande", start.notForYou());
        }
        desk.refuseIfOpen(claimant, kind, errors);
        LocalDate expected = form.expectedBirth();
        desk.checkExpectedBirth(expected, "accouchementPrevu", errors);
        if (form.actualBirth() != null && form.actualBirth().isAfter(today)) {
            errors.put("accouchement", "Date de l'accouchement : laissez-la vide tant que l'enfant n'est pas né.");
        }
        if (form.stopFrom() == null) {
            errors.put("arretDebut", "Arrêt de travail, premier jour : indiquez-le, comme sur le certificat d'arrêt.");
        } else if (form.stopTo() != null && form.stopTo().isBefore(form.stopFrom())) {
            errors.put(
                    "arretFin",
                    "Arrêt de travail, dernier jour : après le premier jour ("
                            + form.stopFrom().format(DAY) + ").");
        }
        if (start.employer() == null) {
            errors.put(
                    "employeur",
                    "Aucun employeur ne déclare encore de salaire pour vous : l'I.J.M se calcule sur"
                            + " vos salaires déclarés. Écrivez à la CNSS (Réclamations) si c'est une erreur.");
        }
        MaternityAllowanceRules.Facts facts = null;
        if (errors.isEmpty()) {
            facts = kind.facts(claimant.number(), start.registeredSince(), expected, form.stopFrom(), form.stopTo());
            MaternityAllowanceRules.eligibility(facts)
                    .unmet()
                    .forEach(unmet -> errors.put("condition-" + errors.size(), unmet));
        }
        int filesRequired = FILES_BEFORE_BIRTH + (form.actualBirth() == null ? 0 : 1);
        if (files.size() < filesRequired) {
            errors.put(
                    "pieces",
                    "Pièces jointes : le certificat de grossesse, le certificat d'arrêt de travail, vos"
                            + " trois derniers bulletins de paie"
                            + (form.actualBirth() == null ? "" : " et l'acte de naissance")
                            + " (" + filesRequired + " fichiers au moins).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        MaternityAllowanceRules.Estimate estimate = MaternityAllowanceRules.estimate(facts);
        return new MaternityAllowanceKind.Application(
                claimant.number().display(),
                claimant.fullName(),
                start.registeredSince(),
                start.employer(),
                expected,
                form.actualBirth(),
                form.stopFrom(),
                form.stopTo(),
                estimate.figures(),
                estimate.amount().value(),
                MaternityAllowanceRules.VERSION);
    }

    /** The earlier of the registration and the first month on record (registrations were recorded late). */
    private LocalDate registeredSince(BenefitDesk.Claimant claimant) {
        return Stream.concat(
                        claimant.person().stream()
                                .map(person -> person.getRegisteredAt()
                                        .atZone(Clocks.LOME)
                                        .toLocalDate()),
                        kind.firstMonthOnRecord(claimant.number()).stream())
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private BenefitDesk.Claimant me() {
        return desk.claimant(session.getCallerPrincipal().getName());
    }
}
