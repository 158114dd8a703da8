package tg.cnss.eservices.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * Test deployments only (the API benchmark): a partner client whose calls per minute no load test
 * reaches, and a quitus to verify. Answers "clientId secret reference code".
 */
@Stateless
public class PartnerBenchSeeder {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateRegistry certificates;

    @Inject
    Clock clock;

    public String seed() {
        Instant now = clock.instant();
        String clientId = ClientSecrets.newClientId();
        String secret = ClientSecrets.newSecret();
        em.persist(new PartnerClient(
                clientId,
                "Banc d'essai",
                PartnerKind.PUBLIC_BUYER,
                EnumSet.allOf(PartnerScope.class),
                100_000_000,
                now,
                "banc"));
        em.persist(new PartnerSecret(
                clientId,
                ClientSecrets.hashOf(secret),
                ClientSecrets.signingKeyOf(secret),
                ClientSecrets.hintOf(secret),
                now));
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        CertificateRegistry.Issued quitus = certificates.issue(
                CertificateKind.SOCIAL_QUITUS,
                "E1000000161",
                "Société Togolaise de Démonstration SARL",
                now,
                today,
                today.plusMonths(3));
        return clientId + " " + secret + " " + quitus.certificate().getReference() + " " + quitus.code();
    }
}
