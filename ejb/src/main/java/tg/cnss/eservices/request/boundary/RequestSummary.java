package tg.cnss.eservices.request.boundary;

import java.time.Instant;
import tg.cnss.eservices.request.entity.RequestStatus;

/** One line of "Historique des activités"; {@code kind} is the kind's code. */
public record RequestSummary(
        String reference,
        String kind,
        String kindLabel,
        String summary,
        Instant submittedAt,
        RequestStatus status,
        String lastEvent,
        Instant lastEventAt) {}
