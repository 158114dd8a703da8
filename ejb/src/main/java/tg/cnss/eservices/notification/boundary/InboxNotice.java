package tg.cnss.eservices.notification.boundary;

import java.time.Instant;

/** A notice as the person's space lists it. */
public record InboxNotice(long id, String title, String body, String link, Instant createdAt, boolean unread) {}
