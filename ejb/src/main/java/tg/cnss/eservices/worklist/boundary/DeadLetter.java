package tg.cnss.eservices.worklist.boundary;

import java.time.Instant;

/**
 * A message that failed every delivery attempt, as a supervisor or administrator sees it. A
 * department's message (ids and a reference) is shown whole; a notification only by its
 * recipient, channel and subject — its body may hold a link or code meant for one person only,
 * so {@code body} is then null.
 */
public record DeadLetter(
        String messageId,
        String originalQueue,
        Instant sentAt,
        int attempts,
        String body,
        String recipient,
        String channel,
        String subject) {

    public boolean notification() {
        return body == null;
    }
}
