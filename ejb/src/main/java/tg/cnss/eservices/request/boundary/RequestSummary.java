package tg.cnss.eservices.request.boundary;

import java.time.Instant;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.RequestStatus;

/** One line of "Historique des activités". */
public record RequestSummary(
        String reference,
        RequestKind kind,
        String kindLabel,
        String summary,
        Instant submittedAt,
        RequestStatus status,
        String lastEvent,
        Instant lastEventAt) {}
