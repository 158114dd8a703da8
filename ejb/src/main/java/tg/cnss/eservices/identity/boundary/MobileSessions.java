package tg.cnss.eservices.identity.boundary;

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
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.MobileSession;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * "Sécurité du compte", the mobile application: the devices signed in to the caller's account, and
 * closing one of them — its access and refresh tokens are refused from then on.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class MobileSessions {

    /** A device signed in, as the page lists it. */
    public record Device(long id, String name, Instant signedInAt, Instant lastUsedAt) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's open sessions, the latest used first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Device> mine() {
        return em.createQuery(
                        "SELECT s FROM MobileSession s WHERE s.accountId = :account AND s.closedAt IS NULL"
                                + " AND s.expiresAt > :now ORDER BY s.lastUsedAt DESC",
                        MobileSession.class)
                .setParameter("account", myAccountId())
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(open -> new Device(open.getId(), open.getDevice(), open.getCreatedAt(), open.getLastUsedAt()))
                .toList();
    }

    public void close(long id) {
        MobileSession device = em.find(MobileSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (device == null || device.getAccountId() != myAccountId()) {
            throw new InvalidFormException(Map.of("appareil", "Appareil inconnu : rechargez la page."));
        }
        device.close(clock.instant(), "fermée depuis Sécurité du compte");
        audit.record(
                caller(), null, AuditAction.MOBILE_SESSION, "FERMEE", device.getDevice() + " (Sécurité du compte)");
    }

    private long myAccountId() {
        return accounts.getByEmail(new EmailAddress(caller())).getId();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
