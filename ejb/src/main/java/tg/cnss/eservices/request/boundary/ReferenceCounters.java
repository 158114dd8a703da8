package tg.cnss.eservices.request.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.request.entity.ReferenceCounter;
import tg.cnss.eservices.request.entity.RequestKind;

/**
 * Creates the reference counter of a kind and year, in a transaction of its own, the first time a
 * request of that kind is submitted in the year. If two requests race, one insert fails and the
 * caller simply reads the row the other one made.
 */
@Stateless
@PermitAll
public class ReferenceCounters {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfMissing(RequestKind kind, int year) {
        if (em.find(ReferenceCounter.class, new ReferenceCounter.Key(kind.prefix(), year)) == null) {
            em.persist(new ReferenceCounter(kind, year));
            em.flush();
        }
    }
}
