package tg.cnss.eservices.platform.entity;

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
 * One line of the security audit log: when (UTC), who, from where, what, and how it ended.
 * Never holds a password or a code. Free text is cleaned of control characters so that user input
 * cannot forge extra lines when the log is exported.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "address", length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt, String actor, String address, AuditAction action, String outcome, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clean(actor == null ? "anonyme" : actor, 254);
        this.address = address == null ? null : clean(address, 64);
        this.action = Objects.requireNonNull(action);
        this.outcome = clean(Objects.requireNonNull(outcome), 20);
        this.detail = detail == null ? null : clean(detail, DETAIL_LENGTH);
    }

    /** Replaces control characters (line breaks included) and cuts to the column's length. */
    static String clean(String text, int maxLength) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "_");
        return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
