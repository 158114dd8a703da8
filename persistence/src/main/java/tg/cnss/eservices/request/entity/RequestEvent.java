package tg.cnss.eservices.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's history: who, when, what, and the message that goes with it. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    public static final int COMMENT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private RequestEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RequestStatus toStatus;

    @Column(name = "comment_text", length = COMMENT_LENGTH)
    private String comment;

    protected RequestEvent() {
        // for JPA
    }

    RequestEvent(
            ServiceRequest request,
            Instant occurredAt,
            String actor,
            RequestEventType type,
            RequestStatus fromStatus,
            RequestStatus toStatus,
            String comment) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment =
                comment == null || comment.length() <= COMMENT_LENGTH ? comment : comment.substring(0, COMMENT_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public RequestEventType getType() {
        return type;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
