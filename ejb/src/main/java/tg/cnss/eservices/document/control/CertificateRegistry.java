package tg.cnss.eservices.document.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.kernel.ReadableCodes;
import tg.cnss.eservices.platform.control.AfterCompletion;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.DataCipher;

/**
 * Issues certificates and answers their verification. A reference is the kind's prefix, the year
 * and eight random characters (AI-2026-7KQ2M9XD: nothing to count through); the code, ten more,
 * is printed on the document and in its QR code. A wrong code and an unknown reference get the
 * same answer, so that the verification tells nothing to whoever guesses.
 */
@Dependent
public class CertificateRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    CertificateCache cache;

    @Inject
    AfterCompletion afterCompletion;

    /** What was issued: the certificate and its code, which only the holder's document carries. */
    public record Issued(IssuedCertificate certificate, String code) {}

    public Issued issue(
            CertificateKind kind,
            String holderNumber,
            String holderName,
            Instant at,
            LocalDate validFrom,
            LocalDate validUntil) {
        return issue(kind, holderNumber, holderName, at, validFrom, validUntil, null);
    }

    /** Issues a certificate that says what it was asked for ({@code purpose}, printed on it). */
    public Issued issue(
            CertificateKind kind,
            String holderNumber,
            String holderName,
            Instant at,
            LocalDate validFrom,
            LocalDate validUntil,
            String purpose) {
        String code = ReadableCodes.random(10);
        String reference = kind.prefix() + "-" + at.atZone(ZoneOffset.UTC).getYear() + "-" + ReadableCodes.random(8);
        IssuedCertificate certificate = new IssuedCertificate(
                reference,
                kind,
                holderNumber,
                holderName,
                at,
                validFrom,
                validUntil,
                cipher.encrypt(code.getBytes(StandardCharsets.UTF_8)));
        certificate.forPurpose(purpose);
        em.persist(certificate);
        return new Issued(certificate, code);
    }

    /**
     * Issues a certificate of a kind that expires, valid from the day of {@code at} (Lomé) for the
     * months of the reference data (table certificate_validity).
     */
    public Issued issueForItsValidity(
            CertificateKind kind, String holderNumber, String holderName, Instant at, String purpose) {
        int months = validityMonths(kind)
                .orElseThrow(() -> new IllegalStateException("Durée de validité de « " + kind.label()
                        + " » absente des données de référence (table certificate_validity)"));
        LocalDate today = at.atZone(Clocks.LOME).toLocalDate();
        return issue(
                kind,
                holderNumber,
                holderName,
                at,
                today,
                today.plusMonths(months).minusDays(1),
                purpose);
    }

    /** The certificates of a holder of one kind, newest first. */
    public List<IssuedCertificate> of(String holderNumber, CertificateKind kind) {
        return em.createQuery(
                        "SELECT c FROM IssuedCertificate c WHERE c.holderNumber = :holder AND c.kind = :kind"
                                + " ORDER BY c.issuedAt DESC",
                        IssuedCertificate.class)
                .setParameter("holder", holderNumber)
                .setParameter("kind", kind)
                .getResultList();
    }

    /**
     * How many months a certificate of this kind is valid (reference data: table
     * certificate_validity); empty for a kind that does not expire.
     */
    public Optional<Integer> validityMonths(CertificateKind kind) {
        return em.createNativeQuery("SELECT months FROM certificate_validity WHERE kind = ?")
                .setParameter(1, kind.name())
                .getResultStream()
                .findFirst()
                .map(months -> ((Number) months).intValue());
    }

    /** The certificates of this kind of every holder valid on {@code day}: those to review against new arrears. */
    public List<IssuedCertificate> validOn(CertificateKind kind, LocalDate day) {
        return em.createQuery(
                        "SELECT c FROM IssuedCertificate c WHERE c.kind = :kind AND c.revokedAt IS NULL"
                                + " AND c.validFrom <= :day AND (c.validUntil IS NULL OR c.validUntil >= :day)"
                                + " ORDER BY c.id",
                        IssuedCertificate.class)
                .setParameter("kind", kind)
                .setParameter("day", day)
                .getResultList();
    }

    public Optional<IssuedCertificate> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT c FROM IssuedCertificate c WHERE c.reference = :reference", IssuedCertificate.class)
                .setParameter("reference", reference.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The code printed on the certificate, for its holder's copy. */
    public String codeOf(IssuedCertificate certificate) {
        return new String(cipher.decrypt(certificate.getCodeCipher()), StandardCharsets.UTF_8);
    }

    /** The certificate with this reference, if {@code code} is its code (compared in constant time). */
    public Optional<IssuedCertificate> verified(String reference, String code) {
        String typed = typedCode(code);
        return find(reference)
                .filter(certificate -> MessageDigest.isEqual(
                        codeOf(certificate).getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What a verification reads of the certificate with this reference, if {@code code} is its code:
     * from the cache, which answers most verifications without the database.
     */
    public Optional<CertificateCache.Facts> verifiedFacts(String reference, String code) {
        if (reference == null) {
            return Optional.empty();
        }
        byte[] typed = sha256(typedCode(code));
        return cache.get(reference.strip().toUpperCase(Locale.ROOT), this::factsOf)
                .filter(facts -> MessageDigest.isEqual(facts.codeHash(), typed));
    }

    /** Revokes a certificate; verifications see it revoked as soon as the transaction commits. */
    public void revoke(IssuedCertificate certificate, Instant at, String reason) {
        certificate.revoke(at, reason);
        afterCompletion.run(() -> cache.forget(certificate.getReference()));
    }

    private Optional<CertificateCache.Facts> factsOf(String reference) {
        return find(reference)
                .map(certificate -> new CertificateCache.Facts(
                        certificate.getReference(),
                        certificate.getKind(),
                        certificate.getHolderNumber(),
                        certificate.getHolderName(),
                        certificate.getIssuedAt(),
                        certificate.getValidFrom(),
                        certificate.getValidUntil(),
                        certificate.getRevokedAt(),
                        sha256(codeOf(certificate))));
    }

    private static String typedCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 indisponible", impossible);
        }
    }

    /** The address a QR code opens: the verification page, reference and code filled in. */
    public static String verificationPath(IssuedCertificate certificate, String code) {
        return "/verifier.xhtml?ref=" + certificate.getReference() + "&code=" + code;
    }
}
