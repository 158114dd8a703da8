package tg.cnss.eservices.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A notice shown in the person's own space ("Mes notifications"), unread until they open the list. */
@Entity
@Table(name = "in_app_notice")
public class InAppNotice {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    /** A path inside the portal (never a full URL: notices cannot send people elsewhere). */
    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InAppNotice() {
        // for JPA
    }

    public InAppNotice(String recipientEmail, String title, String body, String link, Instant createdAt) {
        this.recipientEmail = Objects.requireNonNull(recipientEmail);
        this.title = cut(Objects.requireNonNull(title), TITLE_LENGTH);
        this.body = cut(Objects.requireNonNull(body), BODY_LENGTH);
        this.link = link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
