package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.entity.VoluntaryMembership;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Assurance volontaire" (manual, Espace Assurés item 1): the request for membership, with the ID
 * document and the payslips joined, to Prestations. The agent sees the conditions as they stand
 * when deciding; approval opens the voluntary insurance from the next month, at the contribution
 * worked out on filing (the rate of that day).
 */
@ApplicationScoped
public class VoluntaryInsuranceKind implements RequestKind<VoluntaryInsuranceKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The request as filed. */
    public record Application(
            String insuredNumber,
            String fullName,
            LocalDate birthDate,
            LocalDate leftWorkOn,
            boolean livesInTogo,
            long monthlyIncome,
            BigDecimal ratePercent,
            long monthlyContribution,
            String idDocumentLabel,
            String idDocumentNumber) {}

    @Inject
    CareerMonths careers;

    @Inject
    VoluntaryMemberships memberships;

    @Inject
    Clock clock;

    @Override
    public String code() {
        return "VOLUNTARY_INSURANCE";
    }

    @Override
    public String prefix() {
        return "AV";
    }

    @Override
    public String label() {
        return "Demande d'assurance volontaire";
    }

    @Override
    public String pluralLabel() {
        return "Assurance volontaire";
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
        applicant.put(
                "Date de naissance",
                application.birthDate() == null
                        ? "Non connue"
                        : application.birthDate().format(DAY));
        applicant.put("Fin du dernier emploi salarié", application.leftWorkOn().format(DAY));
        applicant.put("Réside au Togo", application.livesInTogo() ? "Oui" : "Non");
        Map<String, String> contribution = new LinkedHashMap<>();
        contribution.put(
                "Revenu mensuel déclaré", Francs.of(application.monthlyIncome()).display());
        contribution.put(
                "Taux de cotisation",
                application.ratePercent().stripTrailingZeros().toPlainString().replace('.', ',')
                        + " % (taux non confirmé par la CNSS)");
        contribution.put(
                "Cotisation mensuelle",
                Francs.of(application.monthlyContribution()).display());
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("Type de pièce", application.idDocumentLabel());
        identity.put("N° de la pièce", application.idDocumentNumber());
        return List.of(
                new FieldSection("Le demandeur", applicant),
                new FieldSection("La cotisation", contribution),
                new FieldSection("Pièce d'identité", identity));
    }

    /** The conditions as they stand now, those not met; a membership already open. */
    @Override
    public List<String> warnings(ServiceRequest request, Application application) {
        List<String> warnings = new ArrayList<>();
        eligibilityOf(application, today()).checks().stream()
                .filter(check -> !check.met())
                .forEach(check -> warnings.add(
                        "Condition non remplie aujourd'hui — " + check.label() + " : " + check.explanation()));
        memberships
                .openOf(InsuredNumber.parse(application.insuredNumber()))
                .ifPresent(open -> warnings.add("Assurance volontaire déjà ouverte depuis "
                        + MonthLabels.of(open.getFirstMonth()) + " (demande " + open.getRequestReference() + ")."));
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application application, Instant at) {
        InsuredNumber number = InsuredNumber.parse(application.insuredNumber());
        memberships.openOf(number).ifPresent(open -> {
            throw new IllegalArgumentException("L'assurance volontaire de cet assuré est déjà ouverte (demande "
                    + open.getRequestReference() + ") : refusez cette demande comme doublon.");
        });
        YearMonth first = YearMonth.from(at.atZone(Clocks.LOME)).plusMonths(1);
        memberships.open(new VoluntaryMembership(
                number.canonical(),
                application.monthlyIncome(),
                application.ratePercent(),
                application.monthlyContribution(),
                first,
                request.getReference().toString(),
                at));
        return Optional.of("Votre assurance volontaire est ouverte à partir de " + MonthLabels.of(first)
                + " : cotisation de "
                + Francs.of(application.monthlyContribution()).display()
                + " par mois. La page « Assurance volontaire » dit comment la payer.");
    }

    /** The eligibility of the applicant on {@code day}, with the answers given on filing. */
    public Eligibility eligibilityOf(Application application, LocalDate day) {
        return VoluntaryInsuranceRules.of(new VoluntaryInsuranceRules.Facts(
                day,
                application.birthDate(),
                countedMonths(InsuredNumber.parse(application.insuredNumber())),
                application.leftWorkOn(),
                application.livesInTogo()));
    }

    /** The months the account counts (a month with days or pay, once whatever the employers). */
    public List<YearMonth> countedMonths(InsuredNumber number) {
        return careers.of(number).stream()
                .filter(month -> month.days() > 0 || month.pay() > 0)
                .map(IndividualCareer.Month::period)
                .distinct()
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
