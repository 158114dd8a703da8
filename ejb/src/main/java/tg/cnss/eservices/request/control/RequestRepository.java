package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestEventType;
import tg.cnss.eservices.request.entity.ServiceRequest;

/** Stores requests with their history; runs in the caller's transaction. */
@Dependent
public class RequestRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusCounts statusCounts;

    public void add(ServiceRequest request) {
        em.persist(request);
    }

    /**
     * Every status change goes through here, so that none is missing from the history — nor from
     * the counts by status of the department's worklist, moved in the same transaction.
     */
    public void record(RequestEvent event) {
        em.persist(event);
        statusCounts.move(event.getRequest().getDepartmentCode(), event.getFromStatus(), event.getToStatus());
    }

    public Optional<ServiceRequest> find(long id) {
        return Optional.ofNullable(em.find(ServiceRequest.class, id));
    }

    public Optional<ServiceRequest> findByReference(String reference) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    public List<ServiceRequest> ofRequester(long accountId) {
        return em.createNamedQuery(ServiceRequest.BY_REQUESTER, ServiceRequest.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** How many of the account's requests are still being processed (neither accepted nor rejected). */
    public long openCountOf(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM ServiceRequest r WHERE r.requesterAccountId = :account"
                                + " AND r.status NOT IN :finals",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter(
                        "finals",
                        java.util.Arrays.stream(tg.cnss.eservices.request.entity.RequestStatus.values())
                                .filter(tg.cnss.eservices.request.entity.RequestStatus::isFinal)
                                .toList())
                .getSingleResult();
    }

    /** The account's newest request of this kind still being processed, if any (one at a time for some kinds). */
    public Optional<ServiceRequest> openOf(long accountId, String kind) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.requesterAccountId = :account AND r.kind = :kind"
                                + " AND r.status NOT IN :finals ORDER BY r.id DESC",
                        ServiceRequest.class)
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .setParameter(
                        "finals",
                        java.util.Arrays.stream(tg.cnss.eservices.request.entity.RequestStatus.values())
                                .filter(tg.cnss.eservices.request.entity.RequestStatus::isFinal)
                                .toList())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The account's requests of this kind not refused (being processed or accepted), oldest first. */
    public List<ServiceRequest> notRejectedOf(long accountId, String kind) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.requesterAccountId = :account AND r.kind = :kind"
                                + " AND r.status <> :rejected ORDER BY r.id",
                        ServiceRequest.class)
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .setParameter("rejected", tg.cnss.eservices.request.entity.RequestStatus.REJECTED)
                .getResultList();
    }

    public List<RequestEvent> historyOf(ServiceRequest request) {
        return em.createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.request = :request ORDER BY e.occurredAt, e.id",
                        RequestEvent.class)
                .setParameter("request", request)
                .getResultList();
    }

    /** The latest event of each request that the requester may see, for lists: one query, not one per row. */
    public List<RequestEvent> latestEventsOf(List<ServiceRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.request IN :requests AND e.id ="
                                + " (SELECT MAX(l.id) FROM RequestEvent l WHERE l.request = e.request AND l.type <> :internal)",
                        RequestEvent.class)
                .setParameter("requests", requests)
                .setParameter("internal", RequestEventType.REASSIGNED)
                .getResultList();
    }
}
