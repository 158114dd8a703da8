package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Pension d'invalidité ou de vieillesse" (manual, Espace Assurés, Faire une demande): the pension
 * asked for, from when, with the simulation of the person's own account attached as it stood on
 * filing (each figure with its rule and the rules' version), where to pay it, and the documents. To
 * Prestations, whose agent sees the simulation worked out again on the account as it is when
 * deciding, and any wage declared after the day the requester said work stopped.
 */
@ApplicationScoped
public class PensionClaimKind implements RequestKind<PensionClaimKind.Claim> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The request as filed; the simulation is null for an invalidity pension, whose amount the
     * medical board's finding decides.
     */
    public record Claim(
            String insuredNumber,
            String fullName,
            LocalDate birthDate,
            PensionType type,
            LocalDate startDate,
            LocalDate stoppedWorkOn,
            Simulated simulation,
            BenefitPayment payment) {}

    /** The simulation attached: what it found, why, each figure, the rules' version and what is unconfirmed. */
    public record Simulated(
            String outcome, String verdict, List<Figure> figures, String rulesVersion, List<String> unconfirmed) {

        public static Simulated of(PensionRules.Simulation simulation) {
            return new Simulated(
                    simulation.outcome().label(),
                    simulation.verdict(),
                    simulation.figures(),
                    simulation.version(),
                    simulation.unconfirmed());
        }
    }

    @Inject
    CareerMonths careers;

    @Override
    public String code() {
        return "PENSION";
    }

    @Override
    public String prefix() {
        return "PE";
    }

    @Override
    public String label() {
        return "Demande de pension";
    }

    @Override
    public String pluralLabel() {
        return "Pensions";
    }

    @Override
    public Class<Claim> payloadType() {
        return Claim.class;
    }

    @Override
    public List<FieldSection> sections(Claim claim) {
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("N° d'assuré", claim.insuredNumber());
        applicant.put("Nom et prénoms", claim.fullName());
        applicant.put(
                "Date de naissance",
                claim.birthDate() == null ? "Non connue" : claim.birthDate().format(DAY));
        Map<String, String> pension = new LinkedHashMap<>();
        pension.put("Pension demandée", claim.type().label());
        pension.put("Date de départ souhaitée", claim.startDate().format(DAY));
        pension.put("Cessation de l'activité salariée", claim.stoppedWorkOn().format(DAY));
        List<FieldSection> sections = new ArrayList<>();
        sections.add(new FieldSection("Le demandeur", applicant));
        sections.add(new FieldSection("La pension", pension));
        sections.add(new FieldSection("Simulation jointe", simulationLines(claim.simulation())));
        sections.add(new FieldSection("Versement de la pension", paymentLines(claim.payment())));
        return sections;
    }

    /** The account as it is now: the simulation again at the start date; wages after the stop declared. */
    @Override
    public List<String> warnings(ServiceRequest request, Claim claim) {
        List<String> warnings = new ArrayList<>();
        InsuredNumber number = InsuredNumber.parse(claim.insuredNumber());
        if (claim.simulation() != null && claim.birthDate() != null) {
            PensionRules.Simulation now = simulate(number, claim.birthDate(), claim.type(), claim.startDate());
            if (!claim.type().fits(now.outcome())) {
                warnings.add("Sur le compte tel qu'il est aujourd'hui, les conditions ne sont pas remplies au "
                        + claim.startDate().format(DAY) + " : " + now.verdict());
            } else if (!now.outcome().label().equals(claim.simulation().outcome())
                    || !now.figures().equals(claim.simulation().figures())) {
                warnings.add("Le compte a changé depuis le dépôt : la simulation d'aujourd'hui donne « "
                        + now.outcome().label() + " », " + lastFigure(now.figures()) + " (au dépôt : "
                        + lastFigure(claim.simulation().figures()) + ").");
            }
        }
        YearMonth stopped = YearMonth.from(claim.stoppedWorkOn());
        careers.of(number).stream()
                .filter(month -> month.period().isAfter(stopped) && month.pay() > 0)
                .findFirst()
                .ifPresent(month -> warnings.add("Un salaire est déclaré pour " + MonthLabels.of(month.period())
                        + " par " + month.employerName() + ", après la cessation d'activité déclarée le "
                        + claim.stoppedWorkOn().format(DAY) + "."));
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Claim claim, Instant at) {
        return Optional.of("Votre demande de " + claim.type().label().toLowerCase(java.util.Locale.FRENCH)
                + " est acceptée, à compter du " + claim.startDate().format(DAY)
                + ". Le montant définitif vous est notifié à la liquidation ; il est versé par "
                + claim.payment().channelLabel().toLowerCase(java.util.Locale.FRENCH) + " ("
                + claim.payment().institution() + ").");
    }

    /** The simulation of this pension at {@code startDate}, from the account as it is now. */
    public PensionRules.Simulation simulate(
            InsuredNumber number, LocalDate birthDate, PensionType type, LocalDate startDate) {
        return PensionRules.simulate(
                birthDate, startDate, careers.careerOf(number).monthlyWages(), type.parameters());
    }

    private static Map<String, String> simulationLines(Simulated simulation) {
        Map<String, String> lines = new LinkedHashMap<>();
        if (simulation == null) {
            lines.put("Montant", "fixé après l'avis du médecin-conseil de la CNSS sur le taux d'invalidité");
            return lines;
        }
        lines.put("Résultat", simulation.outcome() + " — " + simulation.verdict());
        simulation.figures().forEach(figure -> lines.put(figure.label(), figure.value() + " (" + figure.rule() + ")"));
        lines.put("Version des règles", simulation.rulesVersion());
        lines.put("Paramètres non confirmés", String.join(" ; ", simulation.unconfirmed()));
        return lines;
    }

    private static Map<String, String> paymentLines(BenefitPayment payment) {
        Map<String, String> lines = new LinkedHashMap<>();
        boolean bank = BenefitPayment.BANK.equals(payment.channel());
        lines.put("Mode de versement", payment.channelLabel());
        lines.put(bank ? "Banque" : "Opérateur", payment.institution());
        lines.put(bank ? "N° de compte (RIB)" : "N° de téléphone", payment.account());
        return lines;
    }

    private static String lastFigure(List<Figure> figures) {
        Figure last = figures.get(figures.size() - 1);
        return last.label().toLowerCase(java.util.Locale.FRENCH) + " " + last.value();
    }
}
