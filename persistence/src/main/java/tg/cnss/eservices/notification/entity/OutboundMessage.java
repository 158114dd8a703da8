package tg.cnss.eservices.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail or SMS the portal sent (or, in demo mode, would have sent): the record that lets
 * support answer "did you send me the code?", and the content of the demo mailbox. Unique on the
 * notice's id: the proof that a notice was delivered, which a redelivered message finds. A
 * secret the notice carried (a link, a code) is kept redacted, except in the demo mailbox, which
 * in demo mode is where the message is delivered.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "status_detail", length = 300)
    private String statusDetail;

    @Column(name = "notice_id", length = 36, unique = true)
    private String noticeId;

    protected OutboundMessage() {
        // for JPA
    }

    public OutboundMessage(
            String noticeId,
            Channel channel,
            String recipient,
            String subject,
            String body,
            Instant createdAt,
            DeliveryStatus status,
            String statusDetail) {
        this.noticeId = noticeId;
        this.channel = Objects.requireNonNull(channel);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = subject;
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.statusDetail = statusDetail;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getStatusDetail() {
        return statusDetail;
    }

    public String getNoticeId() {
        return noticeId;
    }
}
