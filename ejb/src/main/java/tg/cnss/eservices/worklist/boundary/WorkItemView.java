package tg.cnss.eservices.worklist.boundary;

import java.time.Instant;
import tg.cnss.eservices.request.entity.RequestStatus;

/** One row of a department's worklist. */
public record WorkItemView(
        long id,
        String reference,
        String kindLabel,
        String requesterName,
        String summary,
        RequestStatus status,
        Instant receivedAt,
        Instant dueAt,
        String assignee,
        boolean overdue,
        Revision revision) {}
