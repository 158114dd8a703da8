package tg.cnss.eservices.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An employer's authorisation for a payroll software (a partner client) to send his DNR and
 * monthly declarations through the API, until he withdraws it.
 */
@Entity
@Table(name = "partner_mandate")
public class PartnerMandate {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "client_id", nullable = false, length = 40)
    private String clientId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 254)
    private String grantedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Version
    private long version;

    protected PartnerMandate() {
        // for JPA
    }

    public PartnerMandate(String employerNumber, String clientId, Instant grantedAt, String grantedBy) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.clientId = Objects.requireNonNull(clientId);
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.grantedBy = Objects.requireNonNull(grantedBy);
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getClientId() {
        return clientId;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
