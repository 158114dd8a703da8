package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A 6-digit code sent by SMS or e-mail to prove a destination, valid 10 minutes and once: to sign
 * in, to choose SMS codes, to confirm a new e-mail address or phone number. Wrong codes are
 * counted on the account (signing in) or refused without a trace (other purposes), so the code
 * itself keeps no attempt counter.
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    /** What the code is for: a code sent to sign in never turns on SMS codes, and the reverse. */
    public enum Purpose {
        SIGN_IN,
        ENABLE_SMS,
        NEW_EMAIL,
        NEW_PHONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 12)
    private Purpose purpose;

    /** Where the code went (phone number or e-mail address): it proves that one, no other. */
    @Column(name = "destination", nullable = false, length = 254)
    private String destination;

    @Column(name = "code_digest", nullable = false, length = 64)
    private String codeDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** Wrong codes typed while this one was the latest sent for its purpose and destination. */
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected OneTimeCode() {
        // for JPA
    }

    public OneTimeCode(UserAccount account, Purpose purpose, String destination, String codeDigest, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.destination = Objects.requireNonNull(destination);
        this.codeDigest = Objects.requireNonNull(codeDigest);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public boolean isFor(Purpose wanted) {
        return purpose == wanted;
    }

    public boolean matches(String digest) {
        return codeDigest.equals(digest);
    }

    public boolean wasSentTo(String wanted) {
        return destination.equalsIgnoreCase(wanted);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public void recordWrongTry() {
        failedAttempts++;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
