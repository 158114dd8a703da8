package tg.cnss.eservices.worklist.control;

import java.time.Instant;
import tg.cnss.eservices.request.entity.RequestStatus;

/**
 * The columns of one worklist row, read as such: a page of rows reads these eleven columns, not
 * ten work items and their requests with every field (payload included) turned into entities
 * (issue 9: the worklist is the page every agent keeps open and refreshes every few seconds).
 */
public record WorklistRow(
        long id,
        long version,
        String reference,
        String kind,
        String requesterName,
        String summary,
        RequestStatus status,
        long requestVersion,
        Instant receivedAt,
        Instant dueAt,
        String assignee) {

    /** The same rule as {@code WorkItem.isOverdueAt}: open and past its deadline. */
    public boolean isOverdueAt(Instant now) {
        return !status.isFinal() && now.isAfter(dueAt);
    }
}
