package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.account.control.IndividualCareer;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "I.J.M" — indemnités journalières de maternité (manual, Espace Assurés, Faire une demande): the
 * birth expected or given, the work stop, the employer from the account, the documents, and the
 * estimate worked out on filing with each figure's rule. To Prestations, whose agent sees the
 * conditions and the estimate worked out again on the account as it is when deciding.
 */
@ApplicationScoped
public class MaternityAllowanceKind implements RequestKind<MaternityAllowanceKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The request as filed. */
    public record Application(
            String insuredNumber,
            String fullName,
            LocalDate registeredSince,
            String employer,
            LocalDate expectedBirth,
            LocalDate actualBirth,
            LocalDate stopFrom,
            LocalDate stopTo,
            List<Figure> estimate,
            long estimatedAmount,
            String rulesVersion) {}

    @Inject
    CareerMonths careers;

    @Inject
    Clock clock;

    @Override
    public String code() {
        return "MATERNITY_ALLOWANCE";
    }

    @Override
    public String prefix() {
        return "IJ";
    }

    @Override
    public String label() {
        return "Demande d'I.J.M";
    }

    @Override
    public String pluralLabel() {
        return "Indemnités journalières de maternité";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    @Override
    public List<FieldSection> sections(Application application) {
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("N° d'assurée", application.insuredNumber());
        applicant.put("Nom et prénoms", application.fullName());
        applicant.put("Assurée depuis le", application.registeredSince().format(DAY));
        applicant.put("Employeur", application.employer());
        Map<String, String> maternity = new LinkedHashMap<>();
        maternity.put(
                "Date présumée de l'accouchement", application.expectedBirth().format(DAY));
        maternity.put(
                "Date de l'accouchement",
                application.actualBirth() == null
                        ? "Pas encore"
                        : application.actualBirth().format(DAY));
        maternity.put("Arrêt de travail du", application.stopFrom().format(DAY));
        maternity.put(
                "Arrêt de travail au",
                application.stopTo() == null
                        ? "Non connu"
                        : application.stopTo().format(DAY));
        Map<String, String> estimate = new LinkedHashMap<>();
        application
                .estimate()
                .forEach(figure -> estimate.put(figure.label(), figure.value() + " (" + figure.rule() + ")"));
        estimate.put("Règles", application.rulesVersion() + " ; " + MaternityAllowanceRules.UNCONFIRMED);
        return List.of(
                new FieldSection("L'assurée", applicant),
                new FieldSection("La maternité", maternity),
                new FieldSection("Estimation des indemnités", estimate));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Application application) {
        MaternityAllowanceRules.Facts now = factsOf(application);
        List<String> warnings = new ArrayList<>();
        MaternityAllowanceRules.eligibility(now)
                .unmet()
                .forEach(unmet -> warnings.add("Condition non remplie aujourd'hui — " + unmet));
        long amount = MaternityAllowanceRules.estimate(now).amount().value();
        if (amount != application.estimatedAmount()) {
            warnings.add("Le compte a changé depuis le dépôt : l'estimation est aujourd'hui de "
                    + Francs.of(amount).display() + " (au dépôt : "
                    + Francs.of(application.estimatedAmount()).display()
                    + ").");
        }
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application application, Instant at) {
        return Optional.of("Vos indemnités journalières de maternité sont accordées à partir du "
                + application.stopFrom().format(DAY) + " ; estimation au dépôt : "
                + Francs.of(application.estimatedAmount()).display()
                + ". Le montant versé est celui du décompte de la CNSS.");
    }

    /** The facts of the rules for this insured woman on the account as it is now. */
    public MaternityAllowanceRules.Facts facts(
            InsuredNumber number,
            LocalDate registeredSince,
            LocalDate expectedBirth,
            LocalDate stopFrom,
            LocalDate stopTo) {
        return new MaternityAllowanceRules.Facts(
                registeredSince,
                expectedBirth,
                stopFrom,
                stopTo,
                careers.of(number).stream()
                        .map(month -> new MaternityAllowanceRules.PayMonth(month.period(), month.days(), month.pay()))
                        .toList(),
                LocalDate.now(clock.withZone(Clocks.LOME)));
    }

    /** The earliest month the account has, as a day: registration may be recorded later than the first wage. */
    public Optional<LocalDate> firstMonthOnRecord(InsuredNumber number) {
        return careers.of(number).stream()
                .map(IndividualCareer.Month::period)
                .min(java.util.Comparator.naturalOrder())
                .map(month -> month.atDay(1));
    }

    /** The employer of the last month on record, as "name (number)" (older books may have no number). */
    public Optional<String> lastEmployer(InsuredNumber number) {
        return careers.of(number).stream()
                .max(java.util.Comparator.comparing(IndividualCareer.Month::period))
                .map(month -> month.employerNumber() == null
                        ? month.employerName()
                        : month.employerName() + " (" + month.employerNumber() + ")");
    }

    private MaternityAllowanceRules.Facts factsOf(Application application) {
        return facts(
                InsuredNumber.parse(application.insuredNumber()),
                application.registeredSince(),
                application.expectedBirth(),
                application.stopFrom(),
                application.stopTo());
    }
}
