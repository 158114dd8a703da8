package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.worklist.entity.WorkItem;

/**
 * Pages of a department's worklist, filtered and sorted in the database (never in memory). Built
 * with the Criteria API: the filters vary, and no JPQL text is ever assembled from them.
 */
@Dependent
public class WorklistSearch {

    @PersistenceContext
    EntityManager em;

    /**
     * What to look for. {@code assignee}: an e-mail, {@link #UNASSIGNED} or null for anyone;
     * {@code overdueAt}: when set, only the open items due before that instant.
     */
    public record Criteria(
            String departmentCode,
            RequestKind kind,
            RequestStatus status,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String requester,
            String assignee,
            Instant overdueAt,
            String sortField,
            boolean ascending) {}

    public static final String UNASSIGNED = "-";
    private static final List<RequestStatus> OPEN = RequestStatus.open();

    public List<WorkItem> page(Criteria criteria, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<WorkItem> query = cb.createQuery(WorkItem.class);
        Root<WorkItem> item = query.from(WorkItem.class);
        Join<WorkItem, ServiceRequest> request = item.join("request");
        Expression<?> sortKey = sortKey(criteria.sortField(), item, request);
        query.select(item)
                .where(filters(cb, criteria, item, request))
                // Ties (same second: MariaDB keeps whole seconds) follow the same direction, by id.
                .orderBy(
                        criteria.ascending() ? cb.asc(sortKey) : cb.desc(sortKey),
                        criteria.ascending() ? cb.asc(item.get("id")) : cb.desc(item.get("id")));
        return em.createQuery(query)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(Criteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<WorkItem> item = query.from(WorkItem.class);
        Join<WorkItem, ServiceRequest> request = item.join("request");
        query.select(cb.count(item)).where(filters(cb, criteria, item, request));
        return em.createQuery(query).getSingleResult();
    }

    /** Items of the department by request status, for the counters above the table. */
    public Map<RequestStatus, Long> countsByStatus(String departmentCode) {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.status, COUNT(w) FROM WorkItem w JOIN w.request r"
                                + " WHERE w.departmentCode = :department GROUP BY r.status",
                        Object[].class)
                .setParameter("department", departmentCode)
                .getResultList()) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The sortable columns of the worklist; anything else sorts by arrival. */
    private static Expression<?> sortKey(String field, Root<WorkItem> item, Join<WorkItem, ServiceRequest> request) {
        return switch (field == null ? "" : field) {
            case "reference" -> request.get("reference");
            case "kindLabel" -> request.get("kind");
            case "requesterName" -> request.get("requesterName");
            case "status" -> request.get("status");
            case "dueAt" -> item.get("dueAt");
            case "assignee" -> item.get("assignee");
            default -> item.get("receivedAt");
        };
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, Criteria criteria, Root<WorkItem> item, Join<WorkItem, ServiceRequest> request) {
        List<Predicate> filters = new ArrayList<>();
        filters.add(cb.equal(item.get("departmentCode"), criteria.departmentCode()));
        if (criteria.kind() != null) {
            filters.add(cb.equal(request.get("kind"), criteria.kind()));
        }
        if (criteria.status() != null) {
            filters.add(cb.equal(request.get("status"), criteria.status()));
        }
        if (criteria.receivedFrom() != null) {
            filters.add(cb.greaterThanOrEqualTo(
                    item.<Instant>get("receivedAt"),
                    criteria.receivedFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (criteria.receivedTo() != null) {
            filters.add(cb.lessThan(
                    item.<Instant>get("receivedAt"),
                    criteria.receivedTo()
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()));
        }
        if (UNASSIGNED.equals(criteria.assignee())) {
            filters.add(cb.isNull(item.get("assignee")));
        } else if (criteria.assignee() != null && !criteria.assignee().isBlank()) {
            filters.add(cb.equal(
                    cb.lower(item.<String>get("assignee")), criteria.assignee().toLowerCase(Locale.ROOT)));
        }
        if (criteria.overdueAt() != null) {
            filters.add(cb.lessThan(item.<Instant>get("dueAt"), criteria.overdueAt()));
            filters.add(request.get("status").in(OPEN));
        }
        if (criteria.requester() != null && !criteria.requester().isBlank()) {
            String needle = criteria.requester()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            // No ESCAPE clause: backslash is already the default escape of H2 and MySQL, and
            // MySQL would read a literal '\\' in the SQL text as an unterminated string.
            filters.add(cb.or(
                    cb.like(cb.lower(request.<String>get("requesterName")), "%" + needle + "%"),
                    cb.like(cb.lower(request.<String>get("requesterEmail")), "%" + needle + "%"),
                    cb.like(request.<String>get("reference"), "%" + needle.toUpperCase(Locale.ROOT) + "%")));
        }
        return filters.toArray(Predicate[]::new);
    }
}
