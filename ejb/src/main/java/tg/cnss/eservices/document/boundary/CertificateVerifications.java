package tg.cnss.eservices.document.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * "Vérifier un document" (public, no sign-in): anyone holding a certificate of the CNSS — a public
 * buyer, a bank — checks it with its reference and code. Reads only; no session needed.
 */
@Stateless
@PermitAll
public class CertificateVerifications {

    @Inject
    CertificateRegistry registry;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CertificateCheck check(String reference, String code) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        return registry.verified(reference, code)
                .map(certificate -> checkOf(certificate, today))
                .orElseGet(CertificateCheck::unknown);
    }

    private static CertificateCheck checkOf(IssuedCertificate certificate, LocalDate today) {
        CertificateCheck.State state = certificate.getRevokedAt() != null
                ? CertificateCheck.State.REVOKED
                : certificate.isValidOn(today) ? CertificateCheck.State.VALID : CertificateCheck.State.EXPIRED;
        return new CertificateCheck(
                state,
                certificate.getKind().label(),
                certificate.getReference(),
                certificate.getHolderName(),
                certificate.getHolderNumber(),
                certificate.getIssuedAt().atZone(Clocks.LOME).toLocalDate(),
                certificate.getValidFrom(),
                certificate.getValidUntil(),
                certificate.getRevokedAt() == null
                        ? null
                        : certificate.getRevokedAt().atZone(Clocks.LOME).toLocalDate());
    }
}
