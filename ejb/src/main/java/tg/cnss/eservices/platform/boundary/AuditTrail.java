package tg.cnss.eservices.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.platform.entity.AuditEvent;

/**
 * The security audit log. Each line is written in its own transaction: a failed sign-in is
 * recorded even though the attempt itself ends in an error.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String address, AuditAction action, String outcome, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, address, action, outcome, detail));
    }

    @RolesAllowed("ADMIN")
    public List<AuditEvent> latest(int max) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }
}
