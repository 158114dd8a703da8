package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.worklist.entity.WorkItem;

/**
 * Pages of a department's worklist, filtered and sorted in the database (never in memory). The
 * JPQL is assembled from fixed fragments; every value is a bound parameter.
 */
@Dependent
public class WorklistSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "r.reference",
            "kindLabel", "r.kind",
            "requesterName", "r.requesterName",
            "status", "r.status",
            "receivedAt", "w.receivedAt",
            "dueAt", "w.dueAt",
            "assignee", "w.assignee");

    @PersistenceContext
    EntityManager em;

    public record Criteria(String departmentCode, RequestKind kind, RequestStatus status, LocalDate receivedFrom,
            LocalDate receivedTo, String requester, String sortField, boolean ascending) {
    }

    public List<WorkItem> page(Criteria criteria, int first, int pageSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        String order = SORTABLE.getOrDefault(criteria.sortField() == null ? "" : criteria.sortField(), "w.receivedAt");
        TypedQuery<WorkItem> query = em.createQuery("SELECT w FROM WorkItem w JOIN w.request r" + where + " ORDER BY "
                + order + (criteria.ascending() ? " ASC" : " DESC") + ", w.id", WorkItem.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(Criteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(w) FROM WorkItem w JOIN w.request r" + where(criteria, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Items of the department by request status, for the counters above the table. */
    public Map<RequestStatus, Long> countsByStatus(String departmentCode) {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT r.status, COUNT(w) FROM WorkItem w JOIN w.request r"
                        + " WHERE w.departmentCode = :department GROUP BY r.status", Object[].class)
                .setParameter("department", departmentCode)
                .getResultList()) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static String where(Criteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE w.departmentCode = :department");
        parameters.put("department", criteria.departmentCode());
        if (criteria.kind() != null) {
            where.append(" AND r.kind = :kind");
            parameters.put("kind", criteria.kind());
        }
        if (criteria.status() != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.receivedFrom() != null) {
            where.append(" AND w.receivedAt >= :from");
            parameters.put("from", criteria.receivedFrom().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (criteria.receivedTo() != null) {
            where.append(" AND w.receivedAt < :to");
            parameters.put("to", criteria.receivedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (criteria.requester() != null && !criteria.requester().isBlank()) {
            where.append(" AND (LOWER(r.requesterName) LIKE :requester OR LOWER(r.requesterEmail) LIKE :requester"
                    + " OR r.reference LIKE :reference)");
            String needle = criteria.requester().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.put("requester", "%" + needle + "%");
            parameters.put("reference", "%" + needle.toUpperCase(Locale.ROOT) + "%");
        }
        return where.toString();
    }
}
