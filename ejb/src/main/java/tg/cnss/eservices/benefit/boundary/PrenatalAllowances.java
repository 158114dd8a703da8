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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceKind;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.Exam;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.Instalment;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.control.DependantRegistry;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Allocation prénatale": the instalments worked out as the dates are typed (each window shown, a
 * missed one said lost), a scan of each examination joined, preview, request to Prestations. The
 * future mother is the insured woman herself or a spouse Prestations accepted as a dependant.
 */
@Stateless
@RolesAllowed("INSURED")
public class PrenatalAllowances {

    static final String SELF = "SELF";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    SessionContext session;

    @Inject
    BenefitDesk desk;

    @Inject
    PrenatalAllowanceKind kind;

    @Inject
    DependantRegistry dependants;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PrenatalStart start() {
        BenefitDesk.Claimant claimant = me();
        return new PrenatalStart(
                claimant.number().display(),
                claimant.fullName(),
                desk.openRequest(claimant, kind).orElse(null),
                mothersOf(claimant));
    }

    /** The three instalments for the dates typed so far (none before the expected birth is given). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Instalment> instalments(LocalDate expectedBirth, LocalDate first, LocalDate second, LocalDate third) {
        if (expectedBirth == null) {
            return List.of();
        }
        BenefitDesk.Claimant claimant = me();
        return PrenatalAllowanceRules.instalments(
                expectedBirth,
                examDates(first, second, third),
                kind.askedBefore(claimant.account().id(), claimant.number().display(), null, expectedBirth, null)
                        .keySet(),
                desk.today());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull PrenatalForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(applicationOf(me(), form, files));
    }

    public RequestReceipt submit(@NotNull PrenatalForm form, @NotNull List<UploadedFile> files) {
        BenefitDesk.Claimant claimant = me();
        PrenatalAllowanceKind.Application application = applicationOf(claimant, form, files);
        return desk.submit(
                kind,
                claimant,
                "Allocation prénatale — accouchement prévu le "
                        + application.expectedBirth().format(DAY),
                application,
                files);
    }

    private PrenatalAllowanceKind.Application applicationOf(
            BenefitDesk.Claimant claimant, PrenatalForm form, List<UploadedFile> files) {
        LocalDate today = desk.today();
        Map<String, String> errors = new LinkedHashMap<>();
        desk.refuseIfOpen(claimant, kind, errors);
        PrenatalStart.Mother mother = mothersOf(claimant).stream()
                .filter(candidate -> candidate.code().equals(form.mother()))
                .findFirst()
                .orElse(null);
        if (mother == null) {
            errors.put("mere", "Future mère : choisissez-la dans la liste.");
        }
        LocalDate birth = form.expectedBirth();
        desk.checkExpectedBirth(birth, "accouchement", errors);
        Map<Exam, LocalDate> exams = examDates(form.firstExam(), form.secondExam(), form.thirdExam());
        String[] fields = {"examen1", "examen2", "examen3"};
        exams.forEach((exam, date) -> {
            if (date.isAfter(today)) {
                errors.put(fields[exam.ordinal()], exam.label() + " : une date passée (l'examen doit être fait).");
            } else if (birth != null
                    && !errors.containsKey("accouchement")
                    && date.isBefore(PrenatalAllowanceRules.pregnancyStart(birth))) {
                errors.put(
                        fields[exam.ordinal()],
                        exam.label() + " : avant le début de la grossesse ("
                                + PrenatalAllowanceRules.pregnancyStart(birth).format(DAY) + ") ; vérifiez la date.");
            }
        });
        if (exams.isEmpty()) {
            errors.put("examen1", "Examens prénatals : indiquez la date d'au moins un examen fait.");
        }
        List<Instalment> instalments = List.of();
        if (errors.isEmpty()) {
            instalments = PrenatalAllowanceRules.instalments(
                    birth,
                    exams,
                    kind.askedBefore(
                                    claimant.account().id(),
                                    claimant.number().display(),
                                    motherName(claimant, mother),
                                    birth,
                                    null)
                            .keySet(),
                    today);
            if (PrenatalAllowanceRules.totalDue(instalments).value() == 0) {
                errors.put(
                        "tranches",
                        "Aucun des examens indiqués n'ouvre de tranche (le détail de chaque tranche est"
                                + " affiché) : il n'y a rien à demander.");
            }
        }
        if (files.size() < exams.size()) {
            errors.put(
                    "pieces",
                    "Pièces jointes : joignez le carnet ou le compte rendu de chaque examen indiqué (" + exams.size()
                            + " fichier(s) au moins).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        List<PrenatalAllowanceKind.ExamDate> examLines = new ArrayList<>();
        exams.forEach((exam, date) -> examLines.add(new PrenatalAllowanceKind.ExamDate(exam.number(), date)));
        return new PrenatalAllowanceKind.Application(
                claimant.number().display(),
                claimant.fullName(),
                motherName(claimant, mother),
                SELF.equals(mother.code()) ? "l'assurée" : "conjointe de l'assuré",
                birth,
                examLines,
                instalments.stream()
                        .map(line -> new PrenatalAllowanceKind.Line(
                                line.exam().number(),
                                line.exam().label() + " (" + line.exam().when() + ")",
                                line.window().label(),
                                line.state().label(),
                                line.explanation(),
                                line.due().value()))
                        .toList(),
                PrenatalAllowanceRules.totalDue(instalments).value(),
                PrenatalAllowanceRules.VERSION);
    }

    /** The insured woman herself (unless the registry says a man), and the spouses accepted. */
    private List<PrenatalStart.Mother> mothersOf(BenefitDesk.Claimant claimant) {
        List<PrenatalStart.Mother> mothers = new ArrayList<>();
        boolean man =
                claimant.person().map(person -> "M".equals(person.getSex())).orElse(false);
        if (!man) {
            mothers.add(new PrenatalStart.Mother(SELF, "Moi-même (" + claimant.fullName() + ")"));
        }
        dependants.of(claimant.number()).stream()
                .filter(dependant -> dependant.getRelation() == DependantRelation.SPOUSE)
                .filter(spouse -> !"M".equals(spouse.getSex()))
                .forEach(spouse -> mothers.add(new PrenatalStart.Mother(
                        String.valueOf(spouse.getId()), spouse.getFirstNames() + " " + spouse.getLastName())));
        return mothers;
    }

    private static String motherName(BenefitDesk.Claimant claimant, PrenatalStart.Mother mother) {
        return SELF.equals(mother.code()) ? claimant.fullName() : mother.label();
    }

    private static Map<Exam, LocalDate> examDates(LocalDate first, LocalDate second, LocalDate third) {
        Map<Exam, LocalDate> exams = new EnumMap<>(Exam.class);
        putIfGiven(exams, Exam.FIRST, first);
        putIfGiven(exams, Exam.SECOND, second);
        putIfGiven(exams, Exam.THIRD, third);
        return exams;
    }

    private static void putIfGiven(Map<Exam, LocalDate> exams, Exam exam, LocalDate date) {
        if (date != null) {
            exams.put(exam, date);
        }
    }

    private BenefitDesk.Claimant me() {
        return desk.claimant(session.getCallerPrincipal().getName());
    }
}
