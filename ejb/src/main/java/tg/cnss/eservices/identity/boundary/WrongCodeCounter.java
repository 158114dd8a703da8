package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.identity.entity.OneTimeCode;

/**
 * Counts a wrong one-time code on the latest code of its purpose and destination, in a
 * transaction of its own with the row locked: the form that refuses the code rolls its own
 * transaction back, and parallel guesses must all be counted.
 */
@Stateless
@PermitAll
public class WrongCodeCounter {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(long codeId) {
        em.find(OneTimeCode.class, codeId, LockModeType.PESSIMISTIC_WRITE).recordWrongTry();
    }
}
