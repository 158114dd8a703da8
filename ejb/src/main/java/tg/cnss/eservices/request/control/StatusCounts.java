package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.request.entity.RequestStatus;

/**
 * How many requests each department holds in each status from routing on (its worklist), kept in
 * {@code request_status_count} and moved in the caller's transaction with each change of status:
 * reading them is 40 rows by primary key, whatever the volume (issue 9: a GROUP BY over 50 000
 * requests on every display did not keep up). Each count is spread over {@link #SLOTS} rows, one
 * chosen at random per change, so that parallel routings to a department do not wait on one row.
 */
@Dependent
public class StatusCounts {

    static final int SLOTS = 8;

    @PersistenceContext
    EntityManager em;

    /** A request of the department moved between statuses (from null: it is new). */
    public void move(String departmentCode, RequestStatus from, RequestStatus to) {
        if (from == to) {
            return;
        }
        if (from != null && from.isInWorklist()) {
            add(departmentCode, from, -1);
        }
        if (to.isInWorklist()) {
            add(departmentCode, to, 1);
        }
    }

    /** The department's worklist by status, in the statuses' order (absent when none). */
    public Map<RequestStatus, Long> of(String departmentCode) {
        Map<RequestStatus, Long> sums = new EnumMap<>(RequestStatus.class);
        List<?> rows = em.createNativeQuery("SELECT status, SUM(item_count) FROM request_status_count"
                        + " WHERE department_code = ? GROUP BY status")
                .setParameter(1, departmentCode)
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            long count = ((Number) row[1]).longValue();
            if (count > 0) {
                sums.put(RequestStatus.valueOf((String) row[0]), count);
            }
        }
        return new LinkedHashMap<>(sums);
    }

    private void add(String departmentCode, RequestStatus status, int delta) {
        int slot = ThreadLocalRandom.current().nextInt(SLOTS);
        int updated = em.createNativeQuery("UPDATE request_status_count SET item_count = item_count + ?"
                        + " WHERE department_code = ? AND status = ? AND slot = ?")
                .setParameter(1, delta)
                .setParameter(2, departmentCode)
                .setParameter(3, status.name())
                .setParameter(4, slot)
                .executeUpdate();
        if (updated == 0) {
            // A department added after migration V20 without its rows: the slot is made here.
            em.createNativeQuery("INSERT INTO request_status_count (department_code, status, slot, item_count)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, departmentCode)
                    .setParameter(2, status.name())
                    .setParameter(3, slot)
                    .setParameter(4, delta)
                    .executeUpdate();
        }
    }
}
