package tg.cnss.eservices.worklist.boundary;

import java.time.LocalDate;
import tg.cnss.eservices.request.entity.RequestStatus;

/**
 * Filters, sort and page of the worklist. The sort field is one of a fixed list; anything else
 * sorts by arrival. By default the newest arrivals come first, as in any inbox; overdue items are
 * highlighted whatever the order. The agent filter takes an e-mail, or {@link #UNASSIGNED}.
 */
public record WorklistQuery(
        String kind,
        RequestStatus status,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String requester,
        String assignee,
        boolean overdueOnly,
        String sortField,
        boolean ascending,
        int first,
        int pageSize)
        implements java.io.Serializable {

    /** The agent filter's value for items nobody has taken yet. */
    public static final String UNASSIGNED = tg.cnss.eservices.worklist.control.WorklistSearch.UNASSIGNED;

    /** Without the agent and overdue filters. */
    public WorklistQuery(
            String kind,
            RequestStatus status,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String requester,
            String sortField,
            boolean ascending,
            int first,
            int pageSize) {
        this(kind, status, receivedFrom, receivedTo, requester, null, false, sortField, ascending, first, pageSize);
    }
}
