package tg.cnss.eservices.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One secret of a partner client, never stored itself: its SHA-256 (to check it) and the key
 * derived from it that signs payment notifications (an HMAC needs the key on both sides). A
 * rotation gives the earlier secret an end ({@code expiresAt}): both work until then.
 */
@Entity
@Table(name = "partner_secret")
public class PartnerSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "client_id", nullable = false, length = 40)
    private String clientId;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "signing_key", nullable = false, length = 64)
    private String signingKey;

    /** The secret's last four characters, to tell secrets apart on the administration page. */
    @Column(name = "hint", nullable = false, length = 4)
    private String hint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected PartnerSecret() {
        // for JPA
    }

    public PartnerSecret(String clientId, String secretHash, String signingKey, String hint, Instant createdAt) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.signingKey = signingKey;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    /** Ends the secret at {@code end} (a rotation's overlap), unless it already ends sooner. */
    public void endAt(Instant end) {
        if (expiresAt == null || expiresAt.isAfter(end)) {
            expiresAt = end;
        }
    }

    public boolean isValidAt(Instant instant) {
        return expiresAt == null || instant.isBefore(expiresAt);
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getSigningKey() {
        return signingKey;
    }

    public String getHint() {
        return hint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
