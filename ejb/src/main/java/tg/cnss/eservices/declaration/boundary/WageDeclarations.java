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
import tg.cnss.eservices.declaration.control.DnrWorkbookModel;
import tg.cnss.eservices.declaration.control.QuarterRosters;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;
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

    /** The DNR model of the quarter, with the workers employed during it (names, numbers, exits). */
    public byte[] model(Quarter quarter) {
        EmployerNumber employer = myEmployer();
        String name =
                registry.findByNumber(employer).map(found -> found.getName()).orElse("");
        return DnrWorkbookModel.write(employer.display(), name, quarter, rosters.of(employer, quarter));
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
