package tg.cnss.eservices.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.request.boundary.ClaimForm;
import tg.cnss.eservices.request.boundary.HistoryLine;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.testing.acting.AsRelationsAgent;
import tg.cnss.eservices.testing.acting.AsSupervisor;
import tg.cnss.eservices.testing.acting.AsSupervisorWorking;
import tg.cnss.eservices.worklist.boundary.AgentLoad;
import tg.cnss.eservices.worklist.boundary.ChangedMeanwhileException;
import tg.cnss.eservices.worklist.boundary.DepartmentOverview;
import tg.cnss.eservices.worklist.boundary.InvalidReassignmentException;
import tg.cnss.eservices.worklist.boundary.Revision;
import tg.cnss.eservices.worklist.boundary.Supervision;
import tg.cnss.eservices.worklist.boundary.WorklistQuery;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * The supervisor's view of the Relations usagers department in the real server: each agent's
 * load, the overdue items, and reassignment — after which only the new agent decides, the
 * history (for the department only) says who and why, the agent is e-mailed and the audit log
 * keeps it.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    private static final String AGENT = "agent.relations@demo.cnss.tg";
    private static final String SUPERVISOR = "superviseur@demo.cnss.tg";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(SupervisionIT.class);
    }

    @Inject
    Requests requests;

    @Inject
    Worklists worklists;

    @Inject
    Supervision supervision;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsInsured asInsured;

    @Inject
    AsRelationsAgent asAgent;

    @Inject
    AsSupervisor asSupervisor;

    @Inject
    AsSupervisorWorking asSupervisorWorking;

    @Inject
    AsRecouvrementAgent asOtherDepartment;

    @Test
    void aReassignedItemIsDecidedByItsNewAgentOnly() {
        String reference = fileClaim("Réaffectation");
        long itemId = awaitItem(reference);
        asAgent.call(() -> {
            worklists.take(itemId, worklists.item(itemId).revision());
            return null;
        });
        assertTrue(
                assertThrows(
                                IllegalRequestTransitionException.class,
                                () -> asSupervisorWorking.call(() -> {
                                    worklists.approve(
                                            itemId, worklists.item(itemId).revision(), "pas la mienne");
                                    return null;
                                }))
                        .getMessage()
                        .contains("est confiée à Essi LAWSON"),
                "seul l'agent en charge décide");

        assertThrows(
                InvalidReassignmentException.class,
                () -> asSupervisor.call(() -> {
                    supervision.reassign(itemId, revisionOf(itemId), SUPERVISOR, " ");
                    return null;
                }));
        assertThrows(
                InvalidReassignmentException.class,
                () -> asSupervisor.call(() -> {
                    supervision.reassign(itemId, revisionOf(itemId), "agent.recouvrement@demo.cnss.tg", "hors service");
                    return null;
                }));
        assertThrows(
                InvalidReassignmentException.class,
                () -> asSupervisor.call(() -> {
                    supervision.reassign(itemId, revisionOf(itemId), AGENT, "déjà la sienne");
                    return null;
                }));
        assertThrows(
                EJBAccessException.class,
                () -> asAgent.call(() -> {
                    supervision.reassign(itemId, revisionOf(itemId), SUPERVISOR, "pas superviseur");
                    return null;
                }));

        Revision beforeLeave = revisionOf(itemId);
        asSupervisor.call(() -> {
            supervision.reassign(itemId, beforeLeave, SUPERVISOR, "Congé de l'agent");
            return null;
        });
        // A second supervisor's page, shown before that, cannot confide it on top.
        assertThrows(
                ChangedMeanwhileException.class,
                () -> asSupervisor.call(() -> {
                    supervision.reassign(itemId, beforeLeave, AGENT, "Retour de l'agent");
                    return null;
                }));

        assertThrows(
                IllegalRequestTransitionException.class,
                () -> asAgent.call(() -> {
                    worklists.approve(itemId, worklists.item(itemId).revision(), "plus la mienne");
                    return null;
                }));
        asSupervisorWorking.call(() -> {
            worklists.approve(itemId, worklists.item(itemId).revision(), "Traitée par le superviseur.");
            return null;
        });
        assertEquals(
                RequestStatus.APPROVED,
                asAgent.call(() -> worklists.item(itemId)).status());

        List<String> departmentHistory = asAgent.call(() -> worklists.detail(itemId)).history().stream()
                .map(HistoryLine::what)
                .toList();
        assertTrue(departmentHistory.contains("Réaffectée"), departmentHistory.toString());
        List<HistoryLine> requesterHistory =
                asInsured.call(() -> requests.detail(reference)).history();
        assertFalse(
                requesterHistory.stream().anyMatch(line -> line.what().equals("Réaffectée")),
                "le demandeur ne voit pas l'organisation interne");
        assertEquals(
                "Demande acceptée",
                asInsured.call(() -> requests.mine()).stream()
                        .filter(summary -> summary.reference().equals(reference))
                        .findFirst()
                        .orElseThrow()
                        .lastEvent());

        assertThrows(
                IllegalRequestTransitionException.class,
                () -> asSupervisor.call(() -> {
                    supervision.reassign(itemId, revisionOf(itemId), AGENT, "trop tard");
                    return null;
                }));
        Eventually.await(
                "l'e-mail au superviseur",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(SUPERVISOR, 20).stream()
                        .anyMatch(mail -> mail.getSubject().equals(reference + " — demande confiée")),
                found -> found);
        long audited = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :who"
                                + " AND a.action = tg.cnss.eservices.platform.entity.AuditAction.ITEM_REASSIGNED"
                                + " AND a.detail LIKE :what",
                        Long.class)
                .setParameter("who", SUPERVISOR)
                .setParameter("what", reference + "%")
                .getSingleResult());
        assertEquals(1, audited);
    }

    @Test
    void theOverviewCountsEachAgentsLoadAndTheOverdueItems() {
        String late = fileClaim("En retard");
        long lateId = awaitItem(late);
        asAgent.call(() -> {
            worklists.take(lateId, worklists.item(lateId).revision());
            return null;
        });
        String waiting = fileClaim("En attente");
        long waitingId = awaitItem(waiting);
        asAgent.call(() -> {
            worklists.take(waitingId, worklists.item(waitingId).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.requestInformation(waitingId, worklists.item(waitingId).revision(), "Précisez l'année.");
            return null;
        });
        String unassigned = fileClaim("Personne");
        long unassignedId = awaitItem(unassigned);

        DepartmentOverview before = asSupervisor.call(() -> supervision.overview());
        probe.apply(em -> em.createNativeQuery("UPDATE work_item SET due_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(2))))
                .setParameter(2, lateId)
                .executeUpdate());
        DepartmentOverview after = asSupervisor.call(() -> supervision.overview());

        assertEquals("Relations usagers", after.departmentName());
        AgentLoad agent = loadOf(after, AGENT);
        assertEquals("Essi LAWSON", agent.name());
        assertTrue(agent.inProgress() >= 1 && agent.awaitingRequester() >= 1, agent.toString());
        assertEquals(loadOf(before, AGENT).overdue() + 1, agent.overdue());
        assertEquals(before.overdue() + 1, after.overdue());
        assertTrue(after.unassigned() >= 1);
        assertTrue(after.open() >= agent.open() + after.unassigned());
        assertTrue(
                after.agents().stream().anyMatch(load -> load.email().equals(SUPERVISOR)),
                "le superviseur est aussi agent");

        assertTrue(asSupervisor.call(() -> supervision.overdueItems()).stream().anyMatch(item -> item.id() == lateId));
        assertTrue(
                asAgent.call(() -> worklists.page(
                                new WorklistQuery(null, null, null, null, late, null, true, "dueAt", true, 0, 5)))
                        .rows()
                        .get(0)
                        .overdue(),
                "filtre « en retard seulement »");
        assertEquals(
                0,
                asAgent.call(() -> worklists.count(
                        new WorklistQuery(null, null, null, null, waiting, null, true, "dueAt", true, 0, 5))),
                "une demande dans les délais n'est pas en retard");
        assertEquals(
                1,
                asAgent.call(() -> worklists.count(
                        new WorklistQuery(null, null, null, null, late, AGENT, false, "dueAt", true, 0, 5))),
                "filtre par agent");
        assertEquals(
                0,
                asAgent.call(() -> worklists.count(new WorklistQuery(
                        null, null, null, null, late, WorklistQuery.UNASSIGNED, false, "dueAt", true, 0, 5))));
        // Searched by its reference: the department may hold many other unassigned items.
        assertEquals(
                List.of(unassignedId),
                asAgent
                        .call(() -> worklists.page(new WorklistQuery(
                                null,
                                null,
                                null,
                                null,
                                unassigned,
                                WorklistQuery.UNASSIGNED,
                                false,
                                "dueAt",
                                true,
                                0,
                                5)))
                        .rows()
                        .stream()
                        .map(item -> item.id())
                        .toList(),
                "filtre « non attribuées »");

        assertThrows(EJBAccessException.class, () -> asOtherDepartment.call(() -> supervision.overview()));
    }

    /** What the item's page shows a supervisor (read as the department's agent: supervision has no item view). */
    private Revision revisionOf(long itemId) {
        return asAgent.call(() -> worklists.item(itemId).revision());
    }

    private static AgentLoad loadOf(DepartmentOverview overview, String email) {
        return overview.agents().stream()
                .filter(load -> load.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private String fileClaim(String object) {
        String unique = object + " " + UUID.randomUUID().toString().substring(0, 8);
        RequestReceipt receipt = asInsured.call(() -> requests.submitClaim(new ClaimForm(unique, "Supervision")));
        return receipt.reference();
    }

    private long awaitItem(String reference) {
        return WorklistProbe.awaitItem(asAgent, worklists, reference).id();
    }
}
