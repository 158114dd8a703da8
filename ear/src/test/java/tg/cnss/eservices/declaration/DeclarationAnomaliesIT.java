package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.declaration.boundary.AnomalyView;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarations;
import tg.cnss.eservices.declaration.boundary.DeclarationAnomalies;
import tg.cnss.eservices.declaration.control.DnrLine;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.AnomalyState;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsImmatriculationAgent;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;

/**
 * The DSN-like "anomalie" in the real server: a monthly contribution declaration that differs from
 * the quarter's DNR opens an anomaly for Recouvrement (and only Recouvrement sees it), an agent
 * reviews it with a note, the employer's correction resolves it, and a new difference reopens it.
 */
@ExtendWith(ArquillianExtension.class)
class DeclarationAnomaliesIT {

    private static final String EMPLOYER = new EmployerNumber(10_000_001L).canonical();

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(DeclarationAnomaliesIT.class);
    }

    @Inject
    ContributionDeclarations declarations;

    @Inject
    DeclarationAnomalies anomalies;

    @Inject
    WageDeclarationRecords wageRecords;

    @Inject
    tg.cnss.eservices.declaration.control.ContributionDeclarationRecords monthly;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsRecouvrementAgent asRecouvrement;

    @Inject
    AsImmatriculationAgent asImmatriculation;

    @Test
    void aMonthThatDiffersFromItsDnrIsFollowedByRecouvrementUntilCorrected() {
        // A quarter of its own: months nobody else's test declares (one DB for all test runs here).
        Quarter chosen;
        do { // no month of it declared yet (the database outlives test runs on a developer's machine)
            chosen = Quarter.of(YearMonth.of(
                    ThreadLocalRandom.current().nextInt(2013, 2023),
                    1 + 3 * ThreadLocalRandom.current().nextInt(4)));
        } while (declaredAny(chosen));
        Quarter quarter = chosen;
        YearMonth first = quarter.months().get(0);
        String dnr = recordDnr(quarter);

        // The first month declared as the DNR says it: nothing for Recouvrement.
        declare(first, 2, 250_000L, 0);
        assertTrue(anomaliesOf(first).isEmpty());

        // The second month, with a worker more than the DNR: an open anomaly.
        YearMonth second = quarter.months().get(1);
        declare(second, 3, 320_000L, 0);
        AnomalyView opened = single(second);
        assertEquals(AnomalyState.OPEN, opened.state());
        assertEquals(dnr, opened.dnrReference());
        assertEquals(2, opened.dnrWorkers());
        assertEquals(250_000L, opened.dnrPayroll().value());
        assertEquals(3, opened.monthlyWorkers());
        assertEquals(1, opened.workersDifference());
        assertEquals(70_000L, opened.payrollDifference().value());
        assertTrue(asRecouvrement.call(() -> anomalies.openCount()) >= 1);

        // Another department does not see Recouvrement's follow-up.
        Throwable refused =
                assertThrows(EJBException.class, () -> asImmatriculation.call(() -> anomalies.list(null, null)));
        while (!(refused instanceof EJBAccessException) && refused.getCause() != null) {
            refused = refused.getCause();
        }
        assertEquals("Réservé au service Recouvrement", refused.getMessage());

        // Reviewed with a note; a blank note or a stale page is refused.
        assertEquals(
                "Note : indiquez ce que vous avez constaté ou fait (employeur contacté…).",
                assertThrows(
                                InvalidFormException.class,
                                () -> asRecouvrement.call(() -> anomalies.review(opened.id(), opened.version(), " ")))
                        .errors()
                        .get("note"));
        AnomalyView reviewed = asRecouvrement.call(
                () -> anomalies.review(opened.id(), opened.version(), "Employeur appelé : DNR à corriger."));
        assertEquals(AnomalyState.REVIEWED, reviewed.state());
        assertEquals("agent.recouvrement@demo.cnss.tg", reviewed.reviewedBy());
        String stale = assertThrows(
                        InvalidFormException.class,
                        () -> asRecouvrement.call(() -> anomalies.review(opened.id(), opened.version(), "deux fois")))
                .errors()
                .get("anomalie");
        assertTrue(stale.startsWith("Cette anomalie a changé entre-temps"), stale);

        // The employer corrects the month to what the DNR says: resolved.
        declare(second, 2, 250_000L, 1);
        assertEquals(AnomalyState.RESOLVED, single(second).state());
        assertTrue(asRecouvrement.call(() -> anomalies.list(AnomalyState.OPEN, EMPLOYER)).stream()
                .noneMatch(line -> line.id() == opened.id()));

        // A corrective DNR that now differs from the declared month reopens it.
        probe.apply(em -> wageRecords.record(
                EMPLOYER,
                quarter,
                List.of(line(1, 100_000L, 100_000L, 100_000L)),
                new WageDeclarationRecords.Submission(
                        WageDeclaration.Source.FORM,
                        null,
                        List.of(100_000L, 100_000L, 100_000L),
                        0,
                        "employeur@demo.cnss.tg"),
                Instant.now()));
        AnomalyView reopened = single(second);
        assertEquals(AnomalyState.OPEN, reopened.state());
        assertEquals(1, reopened.dnrWorkers());
        assertEquals(AnomalyState.OPEN, single(first).state(), "the first month now differs too");
    }

    private boolean declaredAny(Quarter quarter) {
        return quarter.months().stream()
                .anyMatch(month -> monthly.currentOf(EMPLOYER, month).isPresent());
    }

    private String recordDnr(Quarter quarter) {
        return probe.apply(em -> wageRecords
                .record(
                        EMPLOYER,
                        quarter,
                        List.of(line(1, 100_000L, 100_000L, 100_000L), line(2, 150_000L, 150_000L, 0L)),
                        new WageDeclarationRecords.Submission(
                                WageDeclaration.Source.FORM,
                                null,
                                List.of(250_000L, 250_000L, 100_000L),
                                0,
                                "employeur@demo.cnss.tg"),
                        Instant.now())
                .getReference());
    }

    /** A worker still to register (no insured number): nothing is posted to an individual account. */
    private static DnrLine line(int number, long first, long second, long third) {
        return new DnrLine(
                number,
                null,
                "ANOMALIE",
                "Test " + number,
                List.of(first > 0 ? 30 : 0, second > 0 ? 30 : 0, third > 0 ? 30 : 0),
                List.of(first, second, third),
                null);
    }

    private void declare(YearMonth month, int workers, long payroll, int seenRevision) {
        asEmployer.call(() -> declarations.declare(
                new ContributionDeclarationForm(month.getMonthValue(), month.getYear(), workers, payroll),
                seenRevision));
    }

    private List<AnomalyView> anomaliesOf(YearMonth month) {
        String label = tg.cnss.eservices.kernel.MonthLabels.of(month);
        return asRecouvrement.call(() -> anomalies.list(null, EMPLOYER)).stream()
                .filter(line -> line.monthLabel().equals(label))
                .toList();
    }

    private AnomalyView single(YearMonth month) {
        List<AnomalyView> found = anomaliesOf(month);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
