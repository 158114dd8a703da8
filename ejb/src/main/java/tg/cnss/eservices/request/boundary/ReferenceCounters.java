package tg.cnss.eservices.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.request.entity.ReferenceCounter;
import tg.cnss.eservices.request.entity.RequestReference;

/**
 * The per-kind, per-year counters behind request references, each used in a transaction of its
 * own so that the counter's row is locked for milliseconds, not for the whole submission (its
 * JMS send and two-phase commit): submissions otherwise queue one behind the other on that row
 * (the routing benchmark measured about 25 a second). A submission that rolls back afterwards
 * leaves a gap in the numbers, which references may have; they are unique, never reused.
 */
@Stateless
@PermitAll
public class ReferenceCounters {

    @PersistenceContext
    EntityManager em;

    /** The next number of the kind in the year, committed at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RequestReference next(String prefix, int year) {
        return em.find(ReferenceCounter.class, new ReferenceCounter.Key(prefix, year), LockModeType.PESSIMISTIC_WRITE)
                .next();
    }

    /**
     * Creates the counter of a kind and year the first time a request of that kind is submitted in
     * the year. If two requests race, one insert fails and the caller simply uses the row the
     * other one made.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfMissing(String prefix, int year) {
        if (em.find(ReferenceCounter.class, new ReferenceCounter.Key(prefix, year)) == null) {
            em.persist(new ReferenceCounter(prefix, year));
            em.flush();
        }
    }
}
