package tg.cnss.eservices.worklist.boundary;

import java.time.Instant;

/** A message that failed every delivery attempt, as a supervisor sees it. */
public record DeadLetter(String messageId, String originalQueue, Instant sentAt, String body) {}
