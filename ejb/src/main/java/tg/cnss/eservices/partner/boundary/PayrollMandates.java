package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerMandate;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.registration.spi.CallerEmployer;

/**
 * "Logiciel de paie" (employer space): the employer authorises a payroll software registered by
 * the CNSS to send his DNR and monthly declarations through the API, and withdraws it when he
 * wants — at once: the software's next call for him is refused. Every change is audited.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class PayrollMandates {

    /** A mandate as the page lists it. */
    public record MandateView(
            long id, String software, Instant grantedAt, String grantedBy, Instant revokedAt, String revokedBy) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A payroll software the employer may choose. */
    public record Software(String clientId, String name) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The clients the CNSS allowed to send declarations (scope {@code declarations}), not revoked:
     * payroll software as a rule; the scope, not the kind, is what the administrator grants.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Software> softwares() {
        return em.createQuery(
                        "SELECT c FROM PartnerClient c WHERE c.revokedAt IS NULL ORDER BY c.name", PartnerClient.class)
                .getResultStream()
                .filter(client -> client.getScopes().contains(PartnerScope.DECLARATIONS))
                .map(client -> new Software(client.getClientId(), client.getName()))
                .toList();
    }

    /** The employer's mandates, those in force first, then the withdrawn ones, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MandateView> mine() {
        return em.createQuery(
                        "SELECT m, c.name FROM PartnerMandate m, PartnerClient c WHERE c.clientId = m.clientId"
                                + " AND m.employerNumber = :employer ORDER BY m.revokedAt, m.grantedAt DESC",
                        Object[].class)
                .setParameter("employer", employer())
                .getResultStream()
                .map(row -> {
                    PartnerMandate mandate = (PartnerMandate) row[0];
                    return new MandateView(
                            mandate.getId(),
                            (String) row[1],
                            mandate.getGrantedAt(),
                            mandate.getGrantedBy(),
                            mandate.getRevokedAt(),
                            mandate.getRevokedBy());
                })
                .toList();
    }

    public void grant(String clientId) {
        Software software = softwares().stream()
                .filter(candidate -> candidate.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new InvalidFormException(
                        Map.of("logiciel", "Logiciel de paie : choisissez-le dans la liste.")));
        String employer = employer();
        boolean already = em.createQuery(
                                "SELECT COUNT(m) FROM PartnerMandate m WHERE m.employerNumber = :employer"
                                        + " AND m.clientId = :client AND m.revokedAt IS NULL",
                                Long.class)
                        .setParameter("employer", employer)
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
        if (already) {
            throw new InvalidFormException(
                    Map.of("logiciel", "Logiciel de paie : " + software.name() + " est déjà autorisé."));
        }
        em.persist(new PartnerMandate(employer, clientId, clock.instant(), caller()));
        record("autorise " + software.name() + " (" + clientId + ")");
    }

    public void revoke(long mandateId) {
        PartnerMandate mandate = em.find(PartnerMandate.class, mandateId, LockModeType.PESSIMISTIC_WRITE);
        if (mandate == null || !mandate.getEmployerNumber().equals(employer())) {
            throw new InvalidFormException(Map.of("mandat", "Autorisation inconnue : rechargez la page."));
        }
        mandate.revoke(clock.instant(), caller());
        record("retire l'autorisation de " + mandate.getClientId());
    }

    private void record(String what) {
        audit.record(caller(), null, AuditAction.PARTNER_MANDATE_CHANGED, "OK", "Employeur " + employer() + " " + what);
    }

    private String employer() {
        return callerEmployer.of(caller()).canonical();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
