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
 * A 6-digit code sent by SMS, valid 10 minutes and once. Wrong codes are counted on the account
 * (they lock it like wrong passwords), so the code itself keeps no attempt counter.
 */
@Entity
@Table(name = "sms_code")
public class SmsCode {

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    /** What the code is for: a code sent to sign in never turns on SMS codes, and the reverse. */
    public enum Purpose {
        SIGN_IN, ENABLE_SMS
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

    @Column(name = "code_digest", nullable = false, length = 64)
    private String codeDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SmsCode() {
        // for JPA
    }

    public SmsCode(UserAccount account, Purpose purpose, String codeDigest, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
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

    public void use(Instant now) {
        usedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
