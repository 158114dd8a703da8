package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.declaration.control.ContributionDeclarationRecords;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.declaration.control.DnrWorkbookModel;
import tg.cnss.eservices.declaration.control.QuarterRosters;
import tg.cnss.eservices.declaration.control.WageDeclarationReceiptPdf;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * The signed-in employer's DNRs: the quarters that can be declared, the Excel model of a quarter
 * with the roster of that quarter pre-filled, and the history of declarations ("Mes DNR"), each
 * correction beside the declaration it replaced.
 */
@Stateless
@RolesAllowed("EMPLOYER")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WageDeclarations {

    /** How far back the page offers quarters: two years (older ones are corrected at the counters). */
    static final int QUARTERS_OFFERED = 8;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    @Inject
    EmployerRegistry registry;

    @Inject
    QuarterRosters rosters;

    @Inject
    WageDeclarationRecords records;

    @Inject
    ContributionDeclarationRecords monthlyRecords;

    @Inject
    Clock clock;

    /** The current quarter and the ones before it, newest first. */
    public List<Quarter> declarableQuarters() {
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = Quarter.of(LocalDate.now(clock.withZone(Clocks.LOME)));
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            quarters.add(quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    /** The quarter most likely to declare: the last one ended. */
    public Quarter suggestedQuarter() {
        return Quarter.of(LocalDate.now(clock.withZone(Clocks.LOME))).previous();
    }

    /**
     * For the dashboard: the last quarter ended, whose DNR is due on the 15th of the month after it;
     * once that date has passed and the DNR is in, the current quarter (due after it ends).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DnrDeadline nextDeadline() {
        String employer = myEmployer().canonical();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        Quarter quarter = Quarter.of(today).previous();
        String declared = records.currentOf(employer, quarter)
                .map(WageDeclaration::getReference)
                .orElse(null);
        if (declared != null && today.isAfter(DnrRules.dueDateOf(quarter))) {
            quarter = quarter.next();
            declared = records.currentOf(employer, quarter)
                    .map(WageDeclaration::getReference)
                    .orElse(null);
        }
        LocalDate due = DnrRules.dueDateOf(quarter);
        return new DnrDeadline(
                quarter.label(), quarter.code(), due, java.time.temporal.ChronoUnit.DAYS.between(today, due), declared);
    }

    /**
     * The quarter's DNR in force beside its three monthly contribution declarations, month by
     * month; empty when the quarter has no DNR.
     */
    public List<MonthComparison> comparison(Quarter quarter) {
        String employer = myEmployer().canonical();
        List<MonthComparison> months = new ArrayList<>();
        for (var month : quarter.months()) {
            records.monthOf(employer, month).ifPresent(dnr -> {
                var declared = monthlyRecords.currentOf(employer, month);
                months.add(new MonthComparison(
                        MonthLabels.of(month),
                        dnr.workers(),
                        dnr.payroll(),
                        declared.map(ContributionDeclaration::getReference).orElse(null),
                        declared.map(ContributionDeclaration::getWorkerCount).orElse(0),
                        Francs.of(declared.map(ContributionDeclaration::getGrossPayroll)
                                .orElse(0L))));
            });
        }
        return months;
    }

    /** The DNR model of the quarter, with the workers employed during it (names, numbers, exits). */
    public byte[] model(Quarter quarter) {
        EmployerNumber employer = myEmployer();
        String name =
                registry.findByNumber(employer).map(found -> found.getName()).orElse("");
        return DnrWorkbookModel.write(employer.display(), name, quarter, rosters.of(employer, quarter));
    }

    /** The PDF receipt of one of the caller's DNRs; another employer's reference is unknown. */
    public java.util.Optional<byte[]> receiptPdf(String reference) {
        EmployerNumber employer = myEmployer();
        return em.createQuery(
                        "SELECT d FROM WageDeclaration d WHERE d.reference = :reference AND d.employerNumber = :employer",
                        WageDeclaration.class)
                .setParameter("reference", reference == null ? "" : reference)
                .setParameter("employer", employer.canonical())
                .getResultStream()
                .findFirst()
                .map(declaration -> WageDeclarationReceiptPdf.render(
                        declaration, employer.display(), records.linesOf(declaration)));
    }

    /** The employer's DNRs, newest quarter first, each quarter's revisions newest first. */
    public List<WageDeclarationSummary> mine() {
        return em.createNamedQuery(WageDeclaration.OF_EMPLOYER, WageDeclaration.class)
                .setParameter("employer", myEmployer().canonical())
                .getResultStream()
                .map(WageDeclarations::summaryOf)
                .toList();
    }

    static WageDeclarationSummary summaryOf(WageDeclaration declaration) {
        return new WageDeclarationSummary(
                declaration.getReference(),
                declaration.getQuarter().code(),
                declaration.getQuarter().label(),
                declaration.getRevision(),
                switch (declaration.getSource()) {
                    case FORM -> "En ligne";
                    case FILE -> "Fichier Excel";
                    case API -> "Logiciel de paie";
                },
                declaration.getFileName(),
                declaration.getWorkerCount(),
                declaration.getToRegisterCount(),
                declaration.getMonthTotals().stream().map(Francs::of).toList(),
                Francs.of(declaration.getQuarterTotal()),
                declaration.getWarningCount(),
                declaration.getDeclaredAt(),
                declaration.getReplacedAt());
    }

    private EmployerNumber myEmployer() {
        return employers.of(session.getCallerPrincipal().getName());
    }
}
