package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.Exam;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.Payloads;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Allocation prénatale" (manual, Espace Assurés, Faire une demande): the expected birth, the
 * examinations made with their dates (a scan of each joined), and the instalments they open as
 * worked out on filing — the window of each, what is due and what is lost. To Prestations. An
 * examination is paid once a pregnancy: the requests not refused for the same pregnancy (an
 * expected birth within two months) are looked at both on filing and when the agent decides.
 */
@ApplicationScoped
public class PrenatalAllowanceKind implements RequestKind<PrenatalAllowanceKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long SAME_PREGNANCY_DAYS = 62;

    /** The request as filed: who, the mother, the expected birth, the exams and their instalments. */
    public record Application(
            String insuredNumber,
            String fullName,
            String motherName,
            String motherIs,
            LocalDate expectedBirth,
            List<ExamDate> exams,
            List<Line> instalments,
            long totalDue,
            String rulesVersion) {}

    /** An examination made: which (1 to 3) and when. */
    public record ExamDate(int exam, LocalDate date) {}

    /** An instalment as worked out on filing. */
    public record Line(int exam, String label, String window, String state, String explanation, long due) {}

    @Inject
    RequestRepository requests;

    @Override
    public String code() {
        return "PRENATAL_ALLOWANCE";
    }

    @Override
    public String prefix() {
        return "PN";
    }

    @Override
    public String label() {
        return "Demande d'allocation prénatale";
    }

    @Override
    public String pluralLabel() {
        return "Allocations prénatales";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    @Override
    public List<FieldSection> sections(Application application) {
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("N° d'assuré", application.insuredNumber());
        applicant.put("Nom et prénoms", application.fullName());
        applicant.put("Future mère", application.motherName() + " (" + application.motherIs() + ")");
        applicant.put(
                "Date présumée de l'accouchement", application.expectedBirth().format(DAY));
        Map<String, String> instalments = new LinkedHashMap<>();
        application
                .instalments()
                .forEach(line -> instalments.put(line.label() + " — " + line.state(), line.explanation()));
        instalments.put("Montant demandé", Francs.of(application.totalDue()).display());
        instalments.put("Règles", application.rulesVersion() + " ; " + PrenatalAllowanceRules.UNCONFIRMED);
        return List.of(
                new FieldSection("La demande", applicant),
                new FieldSection("Examens prénatals et tranches", instalments));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Application application) {
        List<String> warnings = new ArrayList<>();
        Map<Exam, String> asked = askedBefore(
                request.getRequesterAccountId(),
                application.insuredNumber(),
                application.motherName(),
                application.expectedBirth(),
                request.getId());
        application.exams().stream()
                .map(exam -> Exam.ofNumber(exam.exam()))
                .filter(asked::containsKey)
                .forEach(exam -> warnings.add(
                        exam.label() + " déjà demandé pour cette grossesse (demande " + asked.get(exam) + ")."));
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application application, Instant at) {
        return Optional.of("Votre allocation prénatale est accordée : "
                + Francs.of(application.totalDue()).display() + " pour "
                + (application.exams().size() > 1 ? "les examens déclarés" : "l'examen déclaré")
                + ". Déclarez les examens suivants dès qu'ils sont faits, dans leur fenêtre.");
    }

    /**
     * The exams already asked for this pregnancy — the same insured person and future mother — by
     * the account's requests of this kind not refused (other than {@code exceptRequestId}), with
     * the reference that asked each.
     */
    public Map<Exam, String> askedBefore(
            Long accountId, String insuredNumber, String motherName, LocalDate expectedBirth, Long exceptRequestId) {
        Map<Exam, String> asked = new EnumMap<>(Exam.class);
        if (accountId == null) {
            return asked;
        }
        requests.notRejectedOf(accountId, code()).stream()
                .filter(request -> !Objects.equals(request.getId(), exceptRequestId))
                .forEach(request -> {
                    Application earlier = Payloads.read(request.getPayload(), Application.class);
                    if (earlier.insuredNumber().equals(insuredNumber)
                            && (motherName == null || earlier.motherName().equals(motherName))
                            && Math.abs(ChronoUnit.DAYS.between(earlier.expectedBirth(), expectedBirth))
                                    <= SAME_PREGNANCY_DAYS) {
                        earlier.instalments().stream()
                                .filter(line -> line.due() > 0)
                                .forEach(line -> asked.putIfAbsent(
                                        Exam.ofNumber(line.exam()),
                                        request.getReference().toString()));
                    }
                });
        return asked;
    }
}
