package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.control.LateSurcharges;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.declaration.control.AnomalyDetector;
import tg.cnss.eservices.declaration.control.ContributionCalculation;
import tg.cnss.eservices.declaration.control.ContributionDeclarationRecords;
import tg.cnss.eservices.declaration.control.ContributionReceiptPdf;
import tg.cnss.eservices.declaration.control.ContributionRules;
import tg.cnss.eservices.declaration.control.DnrMonth;
import tg.cnss.eservices.declaration.control.RateInForce;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.ContributionLine;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.platform.boundary.FormValidation;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * "Déclaration de Cotisation" (manual, employer space, item 3): the signed-in employer declares a
 * month's headcount and gross payroll, checks the contributions computed with the rates in force
 * in that month, confirms; the amount due is debited to the contributor account. A month declared
 * again replaces the earlier declaration (reversed in the ledger, kept in the history).
 */
@Stateless
@RolesAllowed("EMPLOYER")
@FormValidation
public class ContributionDeclarations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    @Inject
    ReferenceData referenceData;

    @Inject
    ContributorLedger ledger;

    @Inject
    ContributionDeclarationRecords records;

    @Inject
    WageDeclarationRecords wageDeclarations;

    @Inject
    AnomalyDetector anomalies;

    @Inject
    Clock clock;

    /** The current month in Lomé: the last one that can be declared. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Clocks.LOME));
    }

    /** The computation and what to check, before anything is written. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ContributionPreview preview(@NotNull @Valid ContributionDeclarationForm form) {
        String employer = myEmployerNumber();
        YearMonth period = checkedPeriod(form);
        ContributionCalculation calculation = calculate(form, period);
        Optional<ContributionDeclaration> current = records.currentOf(employer, period);
        return new ContributionPreview(
                calculation,
                labelOf(period),
                lateNoticeOf(calculation),
                warningsOf(employer, form, period),
                current.map(ContributionDeclaration::getReference).orElse(null),
                current.map(ContributionDeclaration::getRevision).orElse(0));
    }

    /**
     * Writes the declaration previewed on top of revision {@code seenRevision} of the month (0:
     * none then) and debits the account. Refused if the month was declared since: a second click,
     * another tab or another person of the company must not replace a declaration unseen.
     */
    public DeclarationSummary declare(@NotNull @Valid ContributionDeclarationForm form, int seenRevision) {
        return declareFor(myEmployerNumber(), caller(), form, seenRevision);
    }

    /**
     * The same for {@code employer} (canonical number), by {@code by}: a payroll software through the
     * partner API, whose resource has checked its token, its scope and the employer's mandate.
     */
    @PermitAll
    public DeclarationSummary declareFor(
            String employer, String by, @NotNull @Valid ContributionDeclarationForm form, int seenRevision) {
        YearMonth period = checkedPeriod(form);
        ContributionCalculation calculation = calculate(form, period);
        Optional<ContributionDeclaration> current = records.currentOf(employer, period);
        int currentRevision = current.map(ContributionDeclaration::getRevision).orElse(0);
        if (currentRevision != seenRevision) {
            throw new DeclarationChangedMeanwhileException(
                    labelOf(period),
                    current.map(ContributionDeclaration::getReference).orElse("?"));
        }
        var now = clock.instant();
        current.ifPresent(replaced -> {
            replaced.replace(now);
            ledger.post(new LedgerEntry(
                    employer,
                    period,
                    LedgerEntryKind.CONTRIBUTION_REVERSAL,
                    -replaced.getTotalDue(),
                    replaced.getDueDate(),
                    now,
                    replaced.getReference(),
                    "Annulation de la déclaration " + replaced.getReference() + " (remplacée)"));
        });
        ContributionDeclaration declaration = new ContributionDeclaration(
                employer,
                period,
                currentRevision + 1,
                form.workers(),
                form.payroll(),
                calculation.lines().stream()
                        .map(line -> new ContributionLine(
                                line.branch(),
                                line.payer(),
                                line.ratePercent(),
                                line.amount().value()))
                        .toList(),
                calculation.dueDate(),
                now,
                by);
        em.persist(declaration);
        ledger.post(new LedgerEntry(
                employer,
                period,
                LedgerEntryKind.CONTRIBUTION,
                declaration.getTotalDue(),
                declaration.getDueDate(),
                now,
                declaration.getReference(),
                "Cotisations de " + labelOf(period)));
        anomalies.compare(employer, period, wageDeclarations.monthOf(employer, period), Optional.of(declaration), now);
        return summaryOf(declaration);
    }

    /** The employer's declarations, newest month first, each month's revisions newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DeclarationSummary> mine() {
        return em.createNamedQuery(ContributionDeclaration.OF_EMPLOYER, ContributionDeclaration.class)
                .setParameter("employer", myEmployerNumber())
                .getResultStream()
                .map(ContributionDeclarations::summaryOf)
                .toList();
    }

    /** The PDF receipt of one of the caller's declarations; another employer's is unknown. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> receiptPdf(String reference) {
        String employer = myEmployerNumber();
        return em.createQuery(
                        "SELECT d FROM ContributionDeclaration d WHERE d.reference = :reference"
                                + " AND d.employerNumber = :employer",
                        ContributionDeclaration.class)
                .setParameter("reference", reference == null ? "" : reference)
                .setParameter("employer", employer)
                .getResultStream()
                .findFirst()
                .map(declaration -> ContributionReceiptPdf.render(
                        declaration, labelOf(declaration.getPeriod()), employerDisplay(employer)));
    }

    private ContributionCalculation calculate(ContributionDeclarationForm form, YearMonth period) {
        return calculationOf(period, form.workers(), Francs.of(form.payroll()));
    }

    /** The contributions a month's payroll implies, with the rates in force in that month (also for the DNR's totals). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ContributionCalculation calculationOf(YearMonth period, int workers, Francs payroll) {
        List<RateInForce> rates = referenceData.contributionRates().stream()
                .map(rate ->
                        new RateInForce(rate.getBranch(), rate.getPayer(), rate.getRatePercent(), rate.getValidity()))
                .toList();
        return ContributionRules.compute(period, workers, payroll, rates);
    }

    /** A month not yet begun cannot be declared; the consistency of headcount and payroll. */
    private YearMonth checkedPeriod(ContributionDeclarationForm form) {
        YearMonth period = form.period();
        YearMonth thisMonth = thisMonth();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (period.isAfter(thisMonth)) {
            errors.put(
                    "month", "Mois : " + labelOf(period) + " n'a pas commencé ; on déclare un mois en cours ou passé.");
        }
        if (form.workers() == 0 && form.payroll() > 0) {
            errors.put(
                    "workers",
                    "Nombre de travailleurs : indiquez combien de travailleurs ont perçu cette masse salariale.");
        }
        if (form.workers() > 0 && form.payroll() == 0) {
            errors.put(
                    "payroll",
                    "Masse salariale brute : indiquez le total des rémunérations brutes de vos " + form.workers()
                            + " travailleur(s), ou 0 travailleur si personne n'a été payé.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return period;
    }

    /**
     * What the quarter's DNR says of the month, to pre-fill the form: the workers paid and their
     * gross pay. Empty when the quarter has no DNR yet.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DnrMonth> fromDnr(YearMonth period) {
        return wageDeclarations.monthOf(myEmployerNumber(), period);
    }

    /**
     * Below headcount × SMIG is allowed (part-time, partial months) but worth a second look; so is
     * a month that differs from what the quarter's DNR says of it (the DSN's "anomalie").
     */
    private List<String> warningsOf(String employer, ContributionDeclarationForm form, YearMonth period) {
        List<String> warnings = new ArrayList<>();
        wageDeclarations.monthOf(employer, period).ifPresent(dnr -> {
            if (dnr.differsFrom(form.workers(), form.payroll())) {
                warnings.add("Votre DNR " + dnr.reference() + " déclare pour " + labelOf(period) + " "
                        + dnr.workers() + " travailleur(s) payé(s) et "
                        + dnr.payroll().display()
                        + " de salaires bruts : cette déclaration diffère. Vérifiez l'une ou l'autre ; la CNSS"
                        + " rapprochera les deux.");
            }
        });
        referenceData.minimumWageOn(ContributionRules.rateDayOf(period)).ifPresent(smig -> {
            Francs floor = Francs.of(smig.getMonthlyAmount()).times(form.workers());
            if (form.workers() > 0 && Francs.of(form.payroll()).isLessThan(floor)) {
                warnings.add("La masse salariale est inférieure à " + form.workers() + " × SMIG ("
                        + Francs.of(smig.getMonthlyAmount()).display() + " par mois) = " + floor.display()
                        + " : vérifiez-la, sauf travail à temps partiel ou mois incomplet.");
            }
        });
        return warnings;
    }

    private String lateNoticeOf(ContributionCalculation calculation) {
        LocalDate due = calculation.dueDate();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        Francs total = calculation.total();
        if (today.isAfter(due)) {
            return "Échéance dépassée (" + due.format(DAY) + ") : payée aujourd'hui, cette somme porterait une"
                    + " majoration de retard de "
                    + LateSurcharges.on(total, due, today).display()
                    + " (Code de sécurité sociale, art. 17 : 5 %, puis 1 % par mois ou fraction de mois"
                    + " au-delà de trois mois).";
        }
        return "À payer au plus tard le " + due.format(DAY) + ". Passé cette date : majoration de 5 % ("
                + total.percent(LateSurcharges.INITIAL_PERCENT).display() + "), puis 1 % ("
                + total.percent(LateSurcharges.MONTHLY_PERCENT).display() + ") par mois ou fraction de mois après le "
                + LateSurcharges.monthlyFrom(due).format(DAY) + " (Code de sécurité sociale, art. 17).";
    }

    static String labelOf(YearMonth period) {
        return MonthLabels.of(period);
    }

    private static DeclarationSummary summaryOf(ContributionDeclaration declaration) {
        return new DeclarationSummary(
                declaration.getReference(),
                declaration.getPeriod(),
                labelOf(declaration.getPeriod()),
                declaration.getRevision(),
                declaration.getWorkerCount(),
                Francs.of(declaration.getGrossPayroll()),
                Francs.of(declaration.getTotalDue()),
                declaration.getDueDate(),
                declaration.getDeclaredAt(),
                declaration.getReplacedAt());
    }

    private String myEmployerNumber() {
        return employers.of(caller()).canonical();
    }

    private static String employerDisplay(String canonical) {
        return EmployerNumber.parse(canonical).display();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
