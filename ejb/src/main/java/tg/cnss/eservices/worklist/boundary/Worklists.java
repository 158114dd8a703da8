package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.boundary.AttachmentDownload;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestDetails;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestNotices;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RoutedRequest;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.worklist.control.AgentDirectory;
import tg.cnss.eservices.worklist.control.WorklistRow;
import tg.cnss.eservices.worklist.control.WorklistSearch;
import tg.cnss.eservices.worklist.entity.RoutingRule;
import tg.cnss.eservices.worklist.entity.WorkItem;

/**
 * The departments' worklists: items arrive from the department queues, agents of that department
 * (and only they) take them, ask the requester for information, approve or reject. Every decision
 * is audited and announced to the requester.
 *
 * <p>What a display reads (rows, totals, counters, colleagues) runs without a transaction: the
 * datasource is XA (JMS and database commit together), and a transaction around a read cost
 * four round trips to MySQL (XA START, END, PREPARE/COMMIT) — most of the worklist's time at
 * volume in the page benchmark's thread dumps (issue 9).
 */
@Stateless
@RolesAllowed("AGENT")
public class Worklists {

    private static final Logger LOG = Logger.getLogger(Worklists.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestRepository requests;

    @Inject
    AgentDirectory directory;

    @Inject
    WorklistSearch search;

    @Inject
    AttachmentStore attachments;

    @Inject
    RequestKinds kinds;

    @Inject
    RequestDetails details;

    @Inject
    RequestNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Called by the department consumers. Idempotent: a message delivered twice finds the item it
     * already made. Anything wrong throws, so that the message is redelivered, then dead-lettered.
     */
    @PermitAll
    public void receive(RoutedRequest routed) {
        if (findItemOf(routed.requestId()).isPresent()) {
            LOG.info(() -> "Demande " + routed.reference() + " déjà dans une corbeille : message ignoré");
            return;
        }
        ServiceRequest request = requests.find(routed.requestId())
                .orElseThrow(() -> new IllegalStateException(
                        "Demande " + routed.reference() + " (id " + routed.requestId() + ") introuvable"));
        RoutingRule rule = em.find(RoutingRule.class, kinds.codeOf(request));
        Instant now = clock.instant();
        em.persist(new WorkItem(
                request,
                request.getDepartmentCode(),
                now,
                now.plus(rule == null ? java.time.Duration.ofDays(15) : rule.serviceLevel())));
        RequestEvent routedEvent = request.route(now);
        requests.record(routedEvent);
        notices.announce(request, routedEvent);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public WorklistPage page(WorklistQuery query) {
        WorklistSearch.Criteria criteria = criteriaOf(query);
        return new WorklistPage(rows(criteria, query), search.count(criteria));
    }

    /** One page of rows without their total, for a table that asks for the total on its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.List<WorkItemView> rows(WorklistQuery query) {
        return rows(criteriaOf(query), query);
    }

    /**
     * The page that follows a row in the default order (newest first), by keyset: read from the
     * index where that row stands, where an offset would step over every row before it — the page
     * after the 4 000th row costs what the first does. The query's sort and first row are ignored.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.List<WorkItemView> rowsAfter(WorklistQuery query, Instant receivedAt, long itemId) {
        Instant now = clock.instant();
        return search.pageAfter(criteriaOf(query), receivedAt, itemId, query.pageSize()).stream()
                .map(row -> view(row, now, kinds.labelOf(row.kind())))
                .toList();
    }

    private java.util.List<WorkItemView> rows(WorklistSearch.Criteria criteria, WorklistQuery query) {
        Instant now = clock.instant();
        return search.page(criteria, query.first(), query.pageSize()).stream()
                .map(row -> view(row, now, kinds.labelOf(row.kind())))
                .toList();
    }

    /** How many items match the query's filters (paging and sort ignored). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long count(WorklistQuery query) {
        return search.count(criteriaOf(query));
    }

    private WorklistSearch.Criteria criteriaOf(WorklistQuery query) {
        return new WorklistSearch.Criteria(
                myDepartment(),
                query.kind(),
                query.status(),
                query.receivedFrom(),
                query.receivedTo(),
                query.requester(),
                query.assignee(),
                query.overdueOnly() ? clock.instant() : null,
                query.sortField(),
                query.ascending());
    }

    /** The agents of the caller's department, for the worklist's agent filter and reassignments. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.List<AgentChoice> colleagues() {
        return directory.emailsAndNamesOf(myDepartment()).stream()
                .map(agent -> new AgentChoice((String) agent[0], (String) agent[1]))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<RequestStatus, Long> countsByStatus() {
        return search.countsByStatus(myDepartment());
    }

    public RequestDetail detail(long itemId) {
        ServiceRequest request = myItem(itemId).getRequest();
        return details.forDepartment(request);
    }

    /** A file joined to a request of the caller's department; any other is refused (and audited) as unknown. */
    public AttachmentDownload attachment(long attachmentId) {
        RequestAttachment attachment = attachments
                .find(attachmentId)
                .filter(found -> found.getRequest().getDepartmentCode().equals(myDepartment()))
                .orElseThrow(() -> {
                    audit.record(caller(), null, AuditAction.ACCESS_DENIED, "REFUSE", "pièce jointe " + attachmentId);
                    return new UnknownWorkItemException(attachmentId);
                });
        return new AttachmentDownload(
                attachment.getFileName(), attachment.getType().mediaType(), attachments.contentOf(attachment));
    }

    public WorkItemView item(long itemId) {
        return view(myItem(itemId), clock.instant());
    }

    public void take(long itemId, Revision seen) {
        WorkItem item = myItem(itemId);
        Revision.confirm(seen, item);
        checkWorkableByCaller(item);
        item.assignTo(caller());
        decide(item, item.getRequest().take(clock.instant(), caller()), "prise en charge");
    }

    public void requestInformation(long itemId, Revision seen, String question) {
        WorkItem item = myAssignedItem(itemId, seen);
        decide(item, item.getRequest().requestInformation(clock.instant(), caller(), question), "complément demandé");
    }

    /**
     * Approves, with the kind's effect in the same transaction (a pre-registration gets its employer
     * number…): what the kind says the requester must be told follows the agent's note.
     */
    public void approve(long itemId, Revision seen, String note) {
        approve(itemId, seen, note, null);
    }

    /**
     * Approves with the option the agent chose among those the request's kind offers (which insured
     * number…); the kind refuses a missing or stale option, and then nothing is approved.
     */
    public void approve(long itemId, Revision seen, String note, String option) {
        WorkItem item = myAssignedItem(itemId, seen);
        Instant now = clock.instant();
        item.getRequest().checkCanMoveTo(RequestStatus.APPROVED);
        String message = kinds.approve(item.getRequest(), now, option)
                .map(effect -> note == null || note.isBlank() ? effect : note.strip() + "\n" + effect)
                .orElse(note);
        decide(item, item.getRequest().approve(now, caller(), message), "acceptée");
    }

    public void reject(long itemId, Revision seen, RejectionReason reason, String explanation) {
        WorkItem item = myAssignedItem(itemId, seen);
        if (!kinds.rejectionReasonsOf(item.getRequest()).contains(reason)) {
            throw new IllegalArgumentException("Motif « " + reason.label() + " » non prévu pour ce type de demande.");
        }
        RequestEvent rejected = item.getRequest().reject(clock.instant(), caller(), reason, explanation);
        kinds.reject(item.getRequest());
        decide(item, rejected, "rejetée (" + reason + ")");
    }

    private void decide(WorkItem item, RequestEvent event, String what) {
        requests.record(event);
        try {
            // Written now, so that a concurrent decision committed since this one read the rows
            // fails here (versions) with the message below rather than at commit.
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new ChangedMeanwhileException(item.getRequest().getReference().toString());
        }
        notices.announce(item.getRequest(), event);
        audit.record(
                caller(),
                null,
                AuditAction.AGENT_DECISION,
                "SUCCES",
                item.getRequest().getReference() + " " + what);
    }

    /** The item, if it belongs to the caller's department; otherwise as if it did not exist. */
    private WorkItem myItem(long itemId) {
        WorkItem item = em.find(WorkItem.class, itemId);
        if (item == null || !item.getDepartmentCode().equals(myDepartment())) {
            audit.record(caller(), null, AuditAction.ACCESS_DENIED, "REFUSE", "élément de corbeille " + itemId);
            throw new UnknownWorkItemException(itemId);
        }
        return item;
    }

    /** Decisions belong to the agent who took the item (or to whom a supervisor confided it). */
    private WorkItem myAssignedItem(long itemId, Revision seen) {
        WorkItem item = myItem(itemId);
        Revision.confirm(seen, item);
        if (item.getAssignee() == null) {
            throw new IllegalRequestTransitionException(
                    "La demande " + item.getRequest().getReference()
                            + " n'est prise en charge par personne : prenez-la en charge avant de décider.");
        }
        checkWorkableByCaller(item);
        return item;
    }

    private void checkWorkableByCaller(WorkItem item) {
        // Four eyes: nobody decides on a request he filed himself or that is about his own account.
        if (item.getRequest().isOwnedBy(directory.accountIdOf(caller()))) {
            audit.record(
                    caller(),
                    null,
                    AuditAction.ACCESS_DENIED,
                    "REFUSE",
                    item.getRequest().getReference() + " : demande de l'agent lui-même");
            throw new IllegalRequestTransitionException(
                    "La demande " + item.getRequest().getReference()
                            + " vous concerne : un autre agent doit la traiter (principe des quatre yeux).");
        }
        if (!item.isWorkableBy(caller())) {
            throw new IllegalRequestTransitionException(
                    "La demande " + item.getRequest().getReference()
                            + " est confiée à " + directory.nameOf(item.getAssignee())
                            + " : seul cet agent la traite ; un superviseur peut la réaffecter.");
        }
    }

    private Optional<WorkItem> findItemOf(long requestId) {
        return em.createQuery("SELECT w FROM WorkItem w WHERE w.request.id = :id", WorkItem.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    private String myDepartment() {
        return directory.departmentOf(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private WorkItemView view(WorkItem item, Instant now) {
        return view(item, now, kinds.labelOf(item.getRequest()));
    }

    static WorkItemView view(WorklistRow row, Instant now, String kindLabel) {
        return new WorkItemView(
                row.id(),
                row.reference(),
                kindLabel,
                row.requesterName(),
                row.summary(),
                row.status(),
                row.receivedAt(),
                row.dueAt(),
                row.assignee(),
                row.isOverdueAt(now),
                new Revision(row.version(), row.requestVersion()));
    }

    private static WorkItemView view(WorkItem item, Instant now, String kindLabel) {
        ServiceRequest request = item.getRequest();
        return new WorkItemView(
                item.getId(),
                request.getReference().toString(),
                kindLabel,
                request.getRequesterName(),
                request.getSummary(),
                request.getStatus(),
                item.getReceivedAt(),
                item.getDueAt(),
                item.getAssignee(),
                item.isOverdueAt(now),
                Revision.of(item));
    }
}
