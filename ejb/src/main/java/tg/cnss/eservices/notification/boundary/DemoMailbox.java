package tg.cnss.eservices.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.notification.entity.DeliveryStatus;
import tg.cnss.eservices.notification.entity.OutboundMessage;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * The e-mails and SMS that a demo server kept instead of sending. Exists only in demo mode: on a
 * production server every call is refused, whatever page or URL asked.
 */
@Stateless
@PermitAll
public class DemoMailbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    /** A setting of the server: no transaction to read it (every page asks). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isOpen() {
        return settings.isDemoMode();
    }

    /**
     * Newest first, in the order the messages were made (ids) rather than by their date: test
     * servers move the portal's clock, and a message dated an hour ahead must not hide newer ones.
     */
    public List<OutboundMessage> latest(int max) {
        requireDemoMode();
        return em.createQuery(
                        "SELECT m FROM OutboundMessage m WHERE m.status = :status" + " ORDER BY m.id DESC",
                        OutboundMessage.class)
                .setParameter("status", DeliveryStatus.DEMO_MAILBOX)
                .setMaxResults(max)
                .getResultList();
    }

    public List<OutboundMessage> latestTo(String recipient, int max) {
        requireDemoMode();
        return em.createQuery(
                        "SELECT m FROM OutboundMessage m WHERE m.status = :status AND m.recipient = :recipient"
                                + " ORDER BY m.id DESC",
                        OutboundMessage.class)
                .setParameter("status", DeliveryStatus.DEMO_MAILBOX)
                .setParameter("recipient", recipient)
                .setMaxResults(max)
                .getResultList();
    }

    private void requireDemoMode() {
        if (!settings.isDemoMode()) {
            throw new IllegalStateException("La boîte de démonstration n'existe qu'en mode démonstration");
        }
    }
}
