package tg.cnss.eservices.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import tg.cnss.eservices.partner.control.ClientDirectory;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;

/**
 * The demo partner client of the API ({@link DemoData#DEMO_PARTNER_ID}, its secret published in
 * the README): in force in demo mode, revoked outside it.
 */
@Dependent
class DemoPartner {

    /** The CNSS account the demo partner, a bank, keeps: it may notify transfers to it. */
    static final String BANK = "BTCI";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory clientDirectory;

    @Inject
    Clock clock;

    /** The demo partner client of the API (all scopes), its secret published in the README. Once. */
    void seed() {
        PartnerClient existing = em.createQuery(
                        "SELECT c FROM PartnerClient c WHERE c.clientId = :id", PartnerClient.class)
                .setParameter("id", DemoData.DEMO_PARTNER_ID)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            // seeded before it kept an account (transfer notifications came later)
            existing.keepsAccountAt(BANK);
            if (existing.isRevoked()) {
                // revoked by a start outside demo mode on this database: in demo mode it works
                existing.reinstate();
                clientDirectory.forgetAfterCompletion(DemoData.DEMO_PARTNER_ID);
            }
            return;
        }
        Instant now = clock.instant();
        PartnerClient partner = new PartnerClient(
                DemoData.DEMO_PARTNER_ID,
                "Partenaire de démonstration",
                PartnerKind.BANK,
                EnumSet.allOf(PartnerScope.class),
                600,
                now,
                "démonstration");
        partner.keepsAccountAt(BANK);
        em.persist(partner);
        em.persist(new PartnerSecret(
                DemoData.DEMO_PARTNER_ID,
                ClientSecrets.hashOf(DemoData.DEMO_PARTNER_SECRET),
                ClientSecrets.signingKeyOf(DemoData.DEMO_PARTNER_SECRET),
                ClientSecrets.hintOf(DemoData.DEMO_PARTNER_SECRET),
                now));
    }

    /** Outside demo mode the demo partner's published secret opens nothing. */
    void revoke() {
        em.createQuery("SELECT c FROM PartnerClient c WHERE c.clientId = :id", PartnerClient.class)
                .setParameter("id", DemoData.DEMO_PARTNER_ID)
                .getResultList()
                .forEach(client -> client.revoke(clock.instant(), "hors démonstration"));
    }
}
