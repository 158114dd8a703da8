package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.benefit.control.AccidentPlace;
import tg.cnss.eservices.benefit.control.InsuredEmployers;
import tg.cnss.eservices.benefit.control.WorkAccidentKind;
import tg.cnss.eservices.benefit.control.WorkAccidentRegistry;
import tg.cnss.eservices.benefit.control.WorkAccidentRules;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Déclaration d'accident de travail", by its victim: the official form's fields checked (the
 * victim's 2 years, the employer's 3 working days shown), the medical certificate joined, preview,
 * the declaration to Risques professionnels — and the employer told, who adds his part from his
 * space.
 */
@Stateless
@RolesAllowed("INSURED")
public class WorkAccidents {

    static final List<String> MARITAL_STATUSES = List.of("Célibataire", "Marié(e)", "Divorcé(e)", "Veuf ou veuve");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    SessionContext session;

    @Inject
    BenefitDesk desk;

    @Inject
    WorkAccidentKind kind;

    @Inject
    WorkAccidentRegistry accidents;

    @Inject
    InsuredEmployers insuredEmployers;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WorkAccidentStart start() {
        BenefitDesk.Claimant claimant = me();
        return new WorkAccidentStart(
                claimant.number().display(),
                claimant.person().map(InsuredPerson::getLastName).orElse(null),
                claimant.person().map(InsuredPerson::getFirstNames).orElse(claimant.fullName()),
                claimant.birthDate(),
                claimant.person().map(InsuredPerson::getSex).orElse(null),
                insuredEmployers.of(claimant.number(), desk.today()),
                MARITAL_STATUSES,
                Arrays.stream(AccidentPlace.values())
                        .map(place -> new WorkAccidentStart.Choice(place.name(), place.label()))
                        .toList());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull WorkAccidentForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(declarationOf(me(), form, files));
    }

    public RequestReceipt submit(@NotNull WorkAccidentForm form, @NotNull List<UploadedFile> files) {
        BenefitDesk.Claimant claimant = me();
        WorkAccidentKind.Declaration declaration = declarationOf(claimant, form, files);
        RequestReceipt receipt = desk.submit(
                kind,
                claimant,
                "Accident de travail du " + declaration.accident().date().format(DAY) + " — "
                        + declaration.employer().name(),
                declaration,
                files);
        accidents.record(receipt.reference(), declaration, clock.instant());
        return receipt;
    }

    private WorkAccidentKind.Declaration declarationOf(
            BenefitDesk.Claimant claimant, WorkAccidentForm form, List<UploadedFile> files) {
        LocalDate today = desk.today();
        Map<String, String> errors = new LinkedHashMap<>();
        WorkAccidentStart start = start();
        InsuredEmployers.Choice employer = start.employers().stream()
                .filter(choice -> choice.number().equals(form.employer()))
                .findFirst()
                .orElse(null);
        if (employer == null) {
            errors.put(
                    "employeur",
                    start.employers().isEmpty()
                            ? "Employeur : aucun employeur ne vous déclare depuis deux ans ; écrivez à la CNSS (Réclamations)."
                            : "Employeur : choisissez celui pour qui vous travailliez le jour de l'accident.");
        }
        if (!"M".equals(form.sex()) && !"F".equals(form.sex())) {
            errors.put("sexe", "Sexe : choisissez M ou F.");
        }
        if (!MARITAL_STATUSES.contains(form.maritalStatus())) {
            errors.put("situation", "Situation matrimoniale : choisissez-la dans la liste.");
        }
        String nationality = BenefitDesk.sized(form.nationality(), 2, 60, "nationalite", "Nationalité", errors);
        String job = BenefitDesk.sized(form.job(), 2, 80, "emploi", "Emploi occupé", errors);
        LocalDate date = form.accidentDate();
        if (date == null) {
            errors.put("dateAccident", "Date de l'accident : indiquez-la (JJ/MM/AAAA).");
        } else if (date.isAfter(today)) {
            errors.put("dateAccident", "Date de l'accident : aujourd'hui au plus tard.");
        } else if (today.isAfter(WorkAccidentRules.victimDeadline(date))) {
            errors.put(
                    "dateAccident",
                    "Date de l'accident : la victime ou sa famille peut le déclarer dans les 2 ans,"
                            + " soit jusqu'au "
                            + WorkAccidentRules.victimDeadline(date).format(DAY)
                            + " ; ce délai est passé.");
        } else {
            // one declaration per person and day: a second one is a duplicate
            accidents
                    .sameAccident(claimant.number(), date)
                    .ifPresent(earlier -> errors.put(
                            "dateAccident",
                            "Date de l'accident : vous avez déjà déclaré un accident ce jour-là (demande "
                                    + earlier.getRequestReference() + ")."));
        }
        if (form.hireDate() == null) {
            errors.put("embauche", "Date d'embauche : indiquez-la (JJ/MM/AAAA).");
        } else if (date != null && form.hireDate().isAfter(date)) {
            errors.put("embauche", "Date d'embauche : avant l'accident (le " + date.format(DAY) + ").");
        }
        if (form.previousAccident() == null) {
            errors.put("accidentAnterieur", "Accident antérieur : répondez oui ou non.");
        }
        String time = time(form.accidentTime(), "heureAccident", "Heure de l'accident", errors);
        String place = BenefitDesk.sized(form.place(), 2, 200, "lieu", "Lieu de l'accident", errors);
        AccidentPlace where = AccidentPlace.of(form.where());
        if (where == null) {
            errors.put("circonstance", "Circonstance : au lieu de travail, sur le trajet ou en mission ?");
        }
        String circumstances =
                BenefitDesk.sized(form.circumstances(), 20, 2000, "circonstances", "Circonstances détaillées", errors);
        String from = time(form.workedFrom(), "horaireDebut", "Horaire de travail, début", errors);
        String to = time(form.workedTo(), "horaireFin", "Horaire de travail, fin", errors);
        String witnesses = BenefitDesk.sized(
                form.witnesses(), 2, 1000, "temoins", "Témoins (écrivez « Aucun » s'il n'y en a pas)", errors);
        String injuries = BenefitDesk.sized(form.injuries(), 3, 1000, "lesions", "Nature et siège des lésions", errors);
        String others = form.otherVictims() == null || form.otherVictims().isBlank()
                ? null
                : form.otherVictims().strip();
        if (others != null && others.length() > 1000) {
            errors.put("autresVictimes", "Autres victimes : 1 000 caractères au plus.");
        }
        if (files.isEmpty()) {
            errors.put("pieces", "Pièces jointes : joignez le certificat médical initial (PDF, JPEG ou PNG).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        Employer registered = insuredEmployers.registered(employer.number()).orElse(null);
        String previous = form.previousAccident()
                ? "Oui"
                        + (form.previousAccidentDetail() == null
                                        || form.previousAccidentDetail().isBlank()
                                ? ""
                                : " — " + form.previousAccidentDetail().strip())
                : "Non";
        return new WorkAccidentKind.Declaration(
                new WorkAccidentKind.Employer(
                        employer.number(),
                        employer.name(),
                        registered == null ? null : registered.getEmail(),
                        registered == null ? null : registered.getPhone()),
                new WorkAccidentKind.Victim(
                        start.insuredNumber(),
                        start.lastName() == null ? "" : start.lastName(),
                        start.firstNames(),
                        start.birthDate(),
                        form.sex(),
                        form.maritalStatus(),
                        nationality,
                        job,
                        form.hireDate(),
                        WorkAccidentRules.seniority(form.hireDate(), date),
                        previous),
                new WorkAccidentKind.Accident(
                        date, time, place, where, circumstances, from, to, witnesses, others, injuries),
                WorkAccidentRules.employerDeadline(date),
                "La victime, depuis son espace assuré");
    }

    private static String time(String typed, String field, String label, Map<String, String> errors) {
        String text = typed == null ? "" : typed.strip().replace('h', ':').replace('H', ':');
        if (text.matches("\\d{1,2}:?")) {
            text = text.replace(":", "") + ":00";
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text).format(DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException unreadable) {
            errors.put(field, label + " : une heure comme 07:30.");
            return null;
        }
    }

    private BenefitDesk.Claimant me() {
        return desk.claimant(session.getCallerPrincipal().getName());
    }
}
