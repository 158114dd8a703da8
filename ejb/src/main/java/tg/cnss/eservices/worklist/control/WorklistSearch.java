package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.request.control.StatusCounts;
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

    @Inject
    StatusCounts statusCounts;

    /**
     * What to look for. {@code assignee}: an e-mail, {@link #UNASSIGNED} or null for anyone;
     * {@code overdueAt}: when set, only the open items due before that instant.
     */
    public record Criteria(
            String departmentCode,
            String kind,
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

    public List<WorklistRow> page(Criteria criteria, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<WorkItem> item = query.from(WorkItem.class);
        Join<WorkItem, ServiceRequest> request = item.join("request");
        Expression<?> sortKey = sortKey(criteria.sortField(), item, request);
        query.multiselect(rowColumns(item, request))
                .where(filters(cb, criteria, item, request))
                // Ties (same second: MariaDB keeps whole seconds) follow the same direction, by id.
                .orderBy(
                        criteria.ascending() ? cb.asc(sortKey) : cb.desc(sortKey),
                        criteria.ascending() ? cb.asc(item.get("id")) : cb.desc(item.get("id")));
        return em.createQuery(query)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(WorklistSearch::rowOf)
                .toList();
    }

    /** The rows after (receivedAt, id) in newest-first order: keyset paging, no offset. */
    public List<WorklistRow> pageAfter(Criteria criteria, Instant receivedAt, long id, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<WorkItem> item = query.from(WorkItem.class);
        Join<WorkItem, ServiceRequest> request = item.join("request");
        List<Predicate> where = new ArrayList<>(List.of(filters(cb, criteria, item, request)));
        where.add(cb.or(
                cb.lessThan(item.<Instant>get("receivedAt"), receivedAt),
                cb.and(cb.equal(item.get("receivedAt"), receivedAt), cb.lessThan(item.<Long>get("id"), id))));
        query.multiselect(rowColumns(item, request))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(item.get("receivedAt")), cb.desc(item.get("id")));
        return em.createQuery(query)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(WorklistSearch::rowOf)
                .toList();
    }

    public long count(Criteria criteria) {
        if (onlyDepartmentOrStatus(criteria)) {
            // The paginator's total of an unfiltered worklist (or of one status): the counters,
            // not a count of 50 000 rows on every display.
            Map<RequestStatus, Long> counts = statusCounts.of(criteria.departmentCode());
            return criteria.status() == null
                    ? counts.values().stream().mapToLong(Long::longValue).sum()
                    : counts.getOrDefault(criteria.status(), 0L);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<WorkItem> item = query.from(WorkItem.class);
        // Joined only when a filter needs the request: the plain count then reads an index only.
        Join<WorkItem, ServiceRequest> request = filtersOnRequest(criteria) ? item.join("request") : null;
        query.select(cb.count(item)).where(filters(cb, criteria, item, request));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The department's items by status, for the counters above the table: kept by the request
     * context as each status changes ({@link StatusCounts}) — a request has its work item from the
     * moment it is ROUTED, both written in the same transaction, so the routed requests of a
     * department are exactly its items.
     */
    public Map<RequestStatus, Long> countsByStatus(String departmentCode) {
        return statusCounts.of(departmentCode);
    }

    /** The columns a row shows, in the order of {@link WorklistRow}'s components. */
    private static List<Selection<?>> rowColumns(Root<WorkItem> item, Join<WorkItem, ServiceRequest> request) {
        return List.of(
                item.get("id"),
                item.get("version"),
                request.get("reference"),
                request.get("kind"),
                request.get("requesterName"),
                request.get("summary"),
                request.get("status"),
                request.get("version"),
                item.get("receivedAt"),
                item.get("dueAt"),
                item.get("assignee"));
    }

    private static WorklistRow rowOf(Tuple row) {
        return new WorklistRow(
                row.get(0, Long.class),
                row.get(1, Long.class),
                row.get(2, String.class),
                row.get(3, String.class),
                row.get(4, String.class),
                row.get(5, String.class),
                row.get(6, RequestStatus.class),
                row.get(7, Long.class),
                row.get(8, Instant.class),
                row.get(9, Instant.class),
                row.get(10, String.class));
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

    private static boolean onlyDepartmentOrStatus(Criteria criteria) {
        return criteria.kind() == null
                && criteria.receivedFrom() == null
                && criteria.receivedTo() == null
                && (criteria.requester() == null || criteria.requester().isBlank())
                && (criteria.assignee() == null || criteria.assignee().isBlank())
                && criteria.overdueAt() == null;
    }

    private static boolean filtersOnRequest(Criteria criteria) {
        return criteria.kind() != null
                || criteria.status() != null
                || criteria.overdueAt() != null
                || (criteria.requester() != null && !criteria.requester().isBlank());
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
