package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestEventType;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.worklist.control.AgentDirectory;
import tg.cnss.eservices.worklist.control.WorklistSearch;
import tg.cnss.eservices.worklist.entity.Department;
import tg.cnss.eservices.worklist.entity.WorkItem;

/**
 * The supervisor's side of a department's worklist: its load agent by agent, its overdue items,
 * and the reassignment of an item to another agent of the department (audited, and told to that
 * agent by e-mail). The requester is not told: who works on a request is the CNSS's business.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class Supervision {

    static final Duration DECISIONS_WINDOW = Duration.ofDays(30);
    private static final int OVERDUE_LIST_SIZE = 200;
    private static final List<RequestStatus> OPEN = RequestStatus.open();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AgentDirectory directory;

    @Inject
    WorklistSearch search;

    @Inject
    RequestRepository requests;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RequestKinds kinds;

    public DepartmentOverview overview() {
        String department = myDepartment();
        Instant now = clock.instant();
        Map<String, long[]> loads = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (UserAccount agent : directory.agentsOf(department)) {
            String key = agent.getEmail().value().toLowerCase(Locale.ROOT);
            loads.put(key, new long[4]);
            names.put(key, agent.getFullName());
        }
        long unassigned = 0;
        for (Object[] row : openItemsByAssigneeAndStatus(department)) {
            long count = (Long) row[2];
            if (row[0] == null) {
                unassigned += count;
            } else if (row[1] != RequestStatus.ROUTED) {
                loadOf(loads, (String) row[0])[row[1] == RequestStatus.INFO_REQUESTED ? 1 : 0] += count;
            }
        }
        long overdue = 0;
        for (Object[] row : overdueByAssignee(department, now)) {
            overdue += (Long) row[1];
            if (row[0] != null) {
                loadOf(loads, (String) row[0])[2] += (Long) row[1];
            }
        }
        for (Object[] row : decisionsByAgentSince(department, now.minus(DECISIONS_WINDOW))) {
            loadOf(loads, (String) row[0])[3] += (Long) row[1];
        }
        long open = loads.values().stream().mapToLong(load -> load[0] + load[1]).sum() + unassigned;
        List<AgentLoad> agents = new ArrayList<>();
        loads.forEach((email, load) -> agents.add(new AgentLoad(
                email, names.computeIfAbsent(email, directory::nameOf), load[0], load[1], load[2], load[3])));
        Department named = em.find(Department.class, department);
        return new DepartmentOverview(named == null ? department : named.getName(), open, unassigned, overdue, agents);
    }

    /** The department's open items past their deadline, the most late first. */
    public List<WorkItemView> overdueItems() {
        Instant now = clock.instant();
        var criteria =
                new WorklistSearch.Criteria(myDepartment(), null, null, null, null, null, null, now, "dueAt", true);
        return search.page(criteria, 0, OVERDUE_LIST_SIZE).stream()
                .map(row -> Worklists.view(row, now, kinds.labelOf(row.kind())))
                .toList();
    }

    /** Confides the item to another agent of the department, with the reason in the request's history. */
    public void reassign(long itemId, Revision seen, String agentEmail, String reason) {
        String department = myDepartment();
        WorkItem item = em.find(WorkItem.class, itemId);
        if (item == null || !item.getDepartmentCode().equals(department)) {
            audit.record(caller(), null, AuditAction.ACCESS_DENIED, "REFUSE", "réaffectation de l'élément " + itemId);
            throw new UnknownWorkItemException(itemId);
        }
        Revision.confirm(seen, item);
        UserAccount agent = directory
                .agentOf(department, agentEmail == null ? "" : agentEmail.strip())
                .orElseThrow(() -> new InvalidReassignmentException("Choisissez un agent du service parmi la liste."));
        String reference = item.getRequest().getReference().toString();
        if (agent.getEmail().value().equalsIgnoreCase(item.getAssignee())) {
            throw new InvalidReassignmentException(
                    "La demande " + reference + " est déjà confiée à " + agent.getFullName() + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidReassignmentException(
                    "Indiquez pourquoi vous réaffectez la demande (absence, charge, compétence…).");
        }
        String previous = item.getAssignee() == null ? "personne" : directory.nameOf(item.getAssignee());
        RequestEvent event = item.getRequest()
                .reassign(
                        clock.instant(),
                        caller(),
                        "Confiée à " + agent.getFullName() + " (auparavant : " + previous + ") — " + reason.strip());
        requests.record(event);
        item.assignTo(agent.getEmail().value());
        audit.record(
                caller(),
                null,
                AuditAction.ITEM_REASSIGNED,
                "SUCCES",
                reference + " confiée à " + agent.getEmail().value());
        notifications.email(
                agent.getEmail().value(),
                reference + " — demande confiée",
                "Bonjour " + agent.getFullName() + ",\n\nLa demande " + reference + " ("
                        + kinds.labelOf(item.getRequest())
                        + " : " + item.getRequest().getSummary() + ") vous est confiée par votre superviseur.\nMotif : "
                        + reason.strip() + "\nÀ traiter avant le délai affiché dans la corbeille du département.\n\n"
                        + "Caisse Nationale de Sécurité Sociale du Togo");
    }

    private List<Object[]> openItemsByAssigneeAndStatus(String department) {
        return em.createQuery(
                        "SELECT w.assignee, r.status, COUNT(w) FROM WorkItem w JOIN w.request r"
                                + " WHERE w.departmentCode = :department AND r.status IN :open GROUP BY w.assignee, r.status",
                        Object[].class)
                .setParameter("department", department)
                .setParameter("open", OPEN)
                .getResultList();
    }

    private List<Object[]> overdueByAssignee(String department, Instant now) {
        return em.createQuery(
                        "SELECT w.assignee, COUNT(w) FROM WorkItem w JOIN w.request r"
                                + " WHERE w.departmentCode = :department AND r.status IN :open AND w.dueAt < :now"
                                + " GROUP BY w.assignee",
                        Object[].class)
                .setParameter("department", department)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .getResultList();
    }

    private List<Object[]> decisionsByAgentSince(String department, Instant since) {
        return em.createQuery(
                        "SELECT e.actor, COUNT(e) FROM RequestEvent e WHERE e.request.departmentCode = :department"
                                + " AND e.type IN :decisions AND e.occurredAt >= :since GROUP BY e.actor",
                        Object[].class)
                .setParameter("department", department)
                .setParameter("decisions", List.of(RequestEventType.APPROVED, RequestEventType.REJECTED))
                .setParameter("since", since)
                .getResultList();
    }

    /** Someone who holds items but has left the department still shows, so that nothing is forgotten. */
    private static long[] loadOf(Map<String, long[]> loads, String email) {
        return loads.computeIfAbsent(email.toLowerCase(Locale.ROOT), key -> new long[4]);
    }

    private String myDepartment() {
        return directory.departmentOf(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
