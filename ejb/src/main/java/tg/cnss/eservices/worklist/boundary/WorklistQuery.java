package tg.cnss.eservices.worklist.boundary;

import java.time.LocalDate;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.RequestStatus;

/**
 * Filters, sort and page of the worklist. The sort field is one of a fixed list; anything else
 * sorts by arrival. By default the newest arrivals come first, as in any inbox; overdue items are
 * highlighted whatever the order.
 */
public record WorklistQuery(RequestKind kind, RequestStatus status, LocalDate receivedFrom, LocalDate receivedTo,
        String requester, String sortField, boolean ascending, int first, int pageSize) {
}
