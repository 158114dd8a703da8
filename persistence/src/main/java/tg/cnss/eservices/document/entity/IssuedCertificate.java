package tg.cnss.eservices.document.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate issued to a holder (an employer): what anyone may verify with its reference and
 * code — its kind, the holder's name and number, its dates, whether it was revoked. Never deleted
 * nor changed but by its revocation.
 */
@Entity
@Table(name = "issued_certificate")
public class IssuedCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "reference", nullable = false, length = 30, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private CertificateKind kind;

    @Column(name = "holder_number", nullable = false, length = 20)
    private String holderNumber;

    @Column(name = "holder_name", nullable = false, length = 150)
    private String holderName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** The last day it is valid; none for a certificate that does not expire. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "code_cipher", nullable = false, length = 255)
    private String codeCipher;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 300)
    private String revocationReason;

    /** What it was asked for, printed on it (a quitus: the tender and its buyer); none for most. */
    @Column(name = "purpose", length = 300)
    private String purpose;

    /**
     * What it certifies beyond its holder, as of its issue (an attestation individuelle: the months
     * counted then), so that the PDF downloaded later says the same; none for most.
     */
    @Column(name = "statement", length = 600)
    private String statement;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IssuedCertificate() {
        // for JPA
    }

    public IssuedCertificate(
            String reference,
            CertificateKind kind,
            String holderNumber,
            String holderName,
            Instant issuedAt,
            LocalDate validFrom,
            LocalDate validUntil,
            String codeCipher) {
        this.reference = Objects.requireNonNull(reference);
        this.kind = Objects.requireNonNull(kind);
        this.holderNumber = Objects.requireNonNull(holderNumber);
        this.holderName = Objects.requireNonNull(holderName);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validUntil = validUntil;
        this.codeCipher = Objects.requireNonNull(codeCipher);
    }

    /** Says what it was asked for; only as it is issued. */
    public IssuedCertificate forPurpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    /** Says what it certifies as of its issue; only as it is issued. */
    public IssuedCertificate stating(String statement) {
        this.statement = statement;
        return this;
    }

    public void revoke(Instant at, String reason) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(at);
            revocationReason = Objects.requireNonNull(reason);
        }
    }

    /** Whether it is valid on {@code day}: issued, not expired, not revoked. */
    public boolean isValidOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getHolderNumber() {
        return holderNumber;
    }

    public String getHolderName() {
        return holderName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getCodeCipher() {
        return codeCipher;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getStatement() {
        return statement;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Past its last day on {@code day} (a certificate without one never expires). */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && day.isAfter(validUntil);
    }
}
