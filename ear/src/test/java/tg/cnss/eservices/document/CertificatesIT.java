package tg.cnss.eservices.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.document.boundary.CertificateCheck;
import tg.cnss.eservices.document.boundary.CertificateVerifications;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.registration.boundary.RegistrationCertificates;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * Certificates in the real server: the employer's attestation d'immatriculation issued and
 * downloaded again, verified by anyone with its reference and code — valid, expired, revoked —
 * and a wrong code answered exactly as an unknown reference.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(CertificatesIT.class);
    }

    @Inject
    RegistrationCertificates attestations;

    @Inject
    CertificateVerifications verifications;

    @Inject
    CertificateRegistry registry;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsEmployer asEmployer;

    @Test
    void anAttestationIsIssuedDownloadedAgainAndVerifiedByAnyone() {
        String reference = asEmployer.call(() -> attestations.issue());
        assertTrue(reference.matches("AI-\\d{4}-[2-9A-HJKMNP-Z]{8}"), reference);
        assertTrue(asEmployer.call(() -> attestations.mine()).stream()
                .anyMatch(line ->
                        line.reference().equals(reference) && line.state().equals("Valide")));
        byte[] pdf = asEmployer.call(() -> attestations.pdf(reference)).orElseThrow();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(asEmployer.call(() -> attestations.pdf("AI-2026-AAAAAAAA")).isEmpty(), "another reference");

        String code = probe.apply(em -> registry.codeOf(registry.find(reference).orElseThrow()));
        CertificateCheck valid =
                verifications.check(reference.toLowerCase(), code.substring(0, 5) + " " + code.substring(5));
        assertEquals(CertificateCheck.State.VALID, valid.state(), "typed in lower case, with a space");
        assertEquals("Société Togolaise de Démonstration SARL", valid.holderName());
        assertEquals(
                new tg.cnss.eservices.registration.entity.EmployerNumber(10_000_001L).display(), valid.holderNumber());
        assertEquals("Attestation d'immatriculation", valid.kindLabel());

        CertificateCheck wrongCode = verifications.check(reference, "ZZZZZZZZZZ");
        CertificateCheck unknown = verifications.check("AI-2026-AAAAAAAA", code);
        assertEquals(CertificateCheck.State.UNKNOWN, wrongCode.state());
        assertEquals(unknown, wrongCode, "nothing tells a wrong code from an unknown reference");

        probe.apply(em -> {
            registry.revoke(registry.find(reference).orElseThrow(), Instant.now(), "Test de révocation");
            return null;
        });
        assertEquals(
                CertificateCheck.State.REVOKED,
                verifications.check(reference, code).state());
        assertEquals(
                "Révoquée",
                asEmployer.call(() -> attestations.mine()).stream()
                        .filter(line -> line.reference().equals(reference))
                        .findFirst()
                        .orElseThrow()
                        .state());
    }

    @Test
    void aCertificatePastItsLastDayIsExpired() {
        var issued = probe.apply(em -> registry.issue(
                CertificateKind.SOCIAL_QUITUS,
                new tg.cnss.eservices.registration.entity.EmployerNumber(10_000_001L).display(),
                "Société Togolaise de Démonstration SARL",
                Instant.now(),
                LocalDate.now().minusMonths(4),
                LocalDate.now().minusMonths(1)));
        IssuedCertificate certificate = issued.certificate();
        CertificateCheck expired = verifications.check(certificate.getReference(), issued.code());
        assertEquals(CertificateCheck.State.EXPIRED, expired.state());
        assertEquals(LocalDate.now().minusMonths(1), expired.validUntil());
    }
}
