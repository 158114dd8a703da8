package tg.cnss.eservices.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import tg.cnss.eservices.document.control.CertificateCache;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * "Vérifier un document" (public, no sign-in): anyone holding a certificate of the CNSS — a public
 * buyer, a bank — checks it with its reference and code. Reads only, from the cache mostly
 * (CertificateCache): a CDI bean, not an EJB, since it needs neither a transaction nor a role.
 */
@ApplicationScoped
public class CertificateVerifications {

    @Inject
    CertificateRegistry registry;

    @Inject
    Clock clock;

    public CertificateCheck check(String reference, String code) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        return registry.verifiedFacts(reference, code)
                .map(certificate -> checkOf(certificate, today))
                .orElseGet(CertificateCheck::unknown);
    }

    private static CertificateCheck checkOf(CertificateCache.Facts certificate, LocalDate today) {
        CertificateCheck.State state = certificate.revokedAt() != null
                ? CertificateCheck.State.REVOKED
                : certificate.isCurrentOn(today) ? CertificateCheck.State.VALID : CertificateCheck.State.EXPIRED;
        return new CertificateCheck(
                state,
                certificate.kind().label(),
                certificate.reference(),
                certificate.holderName(),
                certificate.holderNumber(),
                certificate.issuedAt().atZone(Clocks.LOME).toLocalDate(),
                certificate.validFrom(),
                certificate.validUntil(),
                certificate.revokedAt() == null
                        ? null
                        : certificate.revokedAt().atZone(Clocks.LOME).toLocalDate());
    }
}
