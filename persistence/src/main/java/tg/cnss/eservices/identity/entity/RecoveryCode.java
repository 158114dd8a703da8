package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A recovery code ("code de secours"): signs in once when the phone or authenticator app is lost.
 * Only a digest is kept; the user saw the codes once, when they were made.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "code_digest", nullable = false, length = 64)
    private String codeDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(UserAccount account, String codeDigest, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.codeDigest = Objects.requireNonNull(codeDigest);
        this.createdAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void use(Instant now) {
        if (isUsed()) {
            throw new IllegalStateException("Code de secours déjà utilisé");
        }
        usedAt = now;
    }
}
