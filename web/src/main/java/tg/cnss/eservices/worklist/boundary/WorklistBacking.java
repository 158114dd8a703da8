package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Corbeille du département": the department's items, paged, filtered and sorted in the
 * database, refreshed every few seconds so that new requests appear without a reload.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    @Inject
    RequestKinds kinds;

    /** The code of the kind filtered on, if any. */
    private String kind;

    private RequestStatus status;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String requester;
    private String assignee;
    private boolean overdueOnly;
    private List<AgentChoice> colleagues;
    private Map<RequestStatus, Long> counts;
    private final LazyDataModel<WorkItemView> items = new Items();

    @Inject
    jakarta.faces.context.ExternalContext external;

    /** The supervision page links here with ?agent=… (or ?agent=- for unassigned) and ?retard=1. */
    @PostConstruct
    void load() {
        var parameters = external.getRequestParameterMap();
        assignee = parameters.get("agent");
        overdueOnly = "1".equals(parameters.get("retard"));
        colleagues = worklists.colleagues();
        refreshCounts();
    }

    public void refreshCounts() {
        counts = worklists.countsByStatus();
    }

    public void clearFilters() {
        kind = null;
        status = null;
        receivedFrom = null;
        receivedTo = null;
        requester = null;
        assignee = null;
        overdueOnly = false;
    }

    private boolean onlyStatusFiltered() {
        return kind == null
                && receivedFrom == null
                && receivedTo == null
                && (requester == null || requester.isBlank())
                && (assignee == null || assignee.isBlank())
                && !overdueOnly;
    }

    public long count(RequestStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public List<RequestKind<?>> getKinds() {
        return kinds.all();
    }

    public LazyDataModel<WorkItemView> getItems() {
        return items;
    }

    /**
     * The last row shown, so that "next page" in the default order reads on from it (keyset) rather
     * than count an offset of rows again; any other move (another page, sort or filter) uses the
     * offset.
     */
    private record LastRow(WorklistQuery query, Instant receivedAt, long itemId) implements Serializable {

        static LastRow of(WorklistQuery query, WorkItemView row) {
            return new LastRow(query, row.receivedAt(), row.id());
        }

        boolean isFollowedBy(WorklistQuery next) {
            return next.sortField().equals("receivedAt")
                    && !next.ascending()
                    && next.first() == query.first() + query.pageSize()
                    && next.pageSize() == query.pageSize()
                    && sameFilters(next);
        }

        private boolean sameFilters(WorklistQuery next) {
            return java.util.Objects.equals(next.kind(), query.kind())
                    && next.status() == query.status()
                    && java.util.Objects.equals(next.receivedFrom(), query.receivedFrom())
                    && java.util.Objects.equals(next.receivedTo(), query.receivedTo())
                    && java.util.Objects.equals(next.requester(), query.requester())
                    && java.util.Objects.equals(next.assignee(), query.assignee())
                    && next.overdueOnly() == query.overdueOnly()
                    && query.sortField().equals("receivedAt")
                    && !query.ascending();
        }
    }

    /** Pages come from the database; PrimeFaces asks for one page at a time. */
    private final class Items extends LazyDataModel<WorkItemView> {

        private static final long serialVersionUID = 1L;

        private LastRow last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (onlyStatusFiltered()) {
                // The counters above the table, read with them, hold the total already.
                return (int)
                        (status == null
                                ? counts.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                : counts.getOrDefault(status, 0L));
            }
            return (int) worklists.count(query(null, 0, 0));
        }

        @Override
        public List<WorkItemView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .orElse(null);
            // The total comes from count(), which the table calls first: not counted twice.
            WorklistQuery query = query(sort, first, pageSize);
            List<WorkItemView> rows = last != null && last.isFollowedBy(query)
                    ? worklists.rowsAfter(query, last.receivedAt(), last.itemId())
                    : worklists.rows(query);
            last = rows.isEmpty() ? null : LastRow.of(query, rows.get(rows.size() - 1));
            return rows;
        }

        @Override
        public String getRowKey(WorkItemView item) {
            return String.valueOf(item.id());
        }

        @Override
        public WorkItemView getRowData(String rowKey) {
            return null;
        }

        private WorklistQuery query(SortMeta sort, int first, int pageSize) {
            return new WorklistQuery(
                    kind,
                    status,
                    receivedFrom,
                    receivedTo,
                    requester,
                    assignee,
                    overdueOnly,
                    sort == null ? "receivedAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING,
                    first,
                    pageSize);
        }
    }

    public List<AgentChoice> getColleagues() {
        return colleagues;
    }

    public String getUnassigned() {
        return WorklistQuery.UNASSIGNED;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }
}
