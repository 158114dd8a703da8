package tg.cnss.eservices.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.notification.entity.OutboundMessage;

/**
 * The record of delivered notices, written as soon as the mail server or SMS gateway accepted a
 * message, in a transaction of its own: if the consumer's transaction then rolls back, the
 * redelivered message finds the record and sends nothing again. (A crash between the send and
 * this record can still send twice: at least once, never "many times".)
 */
@Stateless
@PermitAll
public class Deliveries {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean delivered(String noticeId) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.noticeId = :id", Long.class)
                        .setParameter("id", noticeId)
                        .getSingleResult()
                > 0;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(OutboundMessage message) {
        em.persist(message);
    }
}
