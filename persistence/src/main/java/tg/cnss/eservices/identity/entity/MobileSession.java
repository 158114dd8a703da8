package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A device signed in to an account through the CNSS mobile application. Its access tokens name it
 * ({@code publicId}), so that closing it refuses them at once; its refresh token is kept hashed
 * and replaced at each use, the one before kept: played again, it shows the token was copied, and
 * the session is closed.
 */
@Entity
@Table(name = "mobile_session")
public class MobileSession {

    /** A session unused this long ends: the user signs in again. */
    public static final Duration IDLE_LIMIT = Duration.ofDays(60);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "device", nullable = false, length = 80)
    private String device;

    @Column(name = "refresh_hash", nullable = false, unique = true, length = 64)
    private String refreshHash;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_why", length = 120)
    private String closedWhy;

    @Version
    private long version;

    protected MobileSession() {
        // for JPA
    }

    public MobileSession(
            String publicId, long accountId, String device, String refreshHash, long credentialsVersion, Instant at) {
        this.publicId = Objects.requireNonNull(publicId);
        this.accountId = accountId;
        this.device = device.length() <= 80 ? device : device.substring(0, 80);
        this.refreshHash = Objects.requireNonNull(refreshHash);
        this.credentialsVersion = credentialsVersion;
        this.createdAt = at;
        this.lastUsedAt = at;
        this.expiresAt = at.plus(IDLE_LIMIT);
    }

    /** The refresh token used: the next one replaces it, and the session lives on. */
    public void renew(String nextHash, Instant at) {
        this.previousHash = refreshHash;
        this.refreshHash = Objects.requireNonNull(nextHash);
        this.lastUsedAt = at;
        this.expiresAt = at.plus(IDLE_LIMIT);
    }

    public void close(Instant at, String why) {
        if (closedAt == null) {
            closedAt = at;
            closedWhy = why;
        }
    }

    public boolean isOpenAt(Instant at) {
        return closedAt == null && at.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDevice() {
        return device;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedWhy() {
        return closedWhy;
    }
}
