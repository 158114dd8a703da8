package tg.cnss.eservices.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/**
 * A bank, mobile-money operator, payroll software or public buyer allowed to call the partner API,
 * registered by an administrator. Its secrets are kept apart ({@link PartnerSecret}), hashed.
 */
@Entity
@Table(name = "partner_client")
public class PartnerClient {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    /** The public identifier the partner sends with its secret ({@code client_id}). */
    @Column(name = "client_id", nullable = false, unique = true, length = 40)
    private String clientId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PartnerKind kind;

    @Column(name = "scopes", nullable = false, length = 100)
    private String scopes;

    @Column(name = "calls_per_minute", nullable = false)
    private int callsPerMinute;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    /**
     * For a bank: the CNSS account it keeps ({@code cnss_bank_account} code), so that its transfer
     * notifications are lines of that account's statement, and no other's.
     */
    @Column(name = "bank_code", length = 20)
    private String bankCode;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Version
    private long version;

    protected PartnerClient() {
        // for JPA
    }

    public PartnerClient(
            String clientId,
            String name,
            PartnerKind kind,
            Set<PartnerScope> scopes,
            int callsPerMinute,
            Instant createdAt,
            String createdBy) {
        this.clientId = clientId;
        this.name = name;
        this.kind = kind;
        this.scopes = PartnerScope.join(scopes);
        this.callsPerMinute = callsPerMinute;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /**
     * Back in force: only the demo partner, revoked when a server started outside demo mode on the
     * same database and given back when one starts in demo mode again.
     */
    public void reinstate() {
        revokedAt = null;
        revokedBy = null;
    }

    /** The CNSS account this bank keeps (see {@link #getBankCode}). */
    public void keepsAccountAt(String code) {
        this.bankCode = code;
    }

    public void change(Set<PartnerScope> newScopes, int newCallsPerMinute) {
        this.scopes = PartnerScope.join(newScopes);
        this.callsPerMinute = newCallsPerMinute;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public Set<PartnerScope> getScopes() {
        return PartnerScope.split(scopes);
    }

    public String getScopeCodes() {
        return scopes;
    }

    public int getCallsPerMinute() {
        return callsPerMinute;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getBankCode() {
        return bankCode;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
