package tg.cnss.eservices.request.boundary;

import java.time.Instant;
import tg.cnss.eservices.request.entity.RequestStatus;

/** One event of a request's history as the requester or an agent reads it. */
public record HistoryLine(Instant at, String what, String who, RequestStatus status, String message) {}
