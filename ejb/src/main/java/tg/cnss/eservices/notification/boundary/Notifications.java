package tg.cnss.eservices.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.notification.control.SmtpMailer;
import tg.cnss.eservices.notification.entity.Channel;
import tg.cnss.eservices.notification.entity.DeliveryStatus;
import tg.cnss.eservices.notification.entity.OutboundMessage;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * The one way the portal writes to people. Sending only queues the message, inside the caller's
 * transaction: a notice about something that was rolled back is never sent. The
 * {@link NotificationConsumer} then delivers it, retrying when a server is unreachable.
 */
@Stateless
@PermitAll
public class Notifications {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/cnss/notifications")
    Queue queue;

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpMailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    public void email(String to, String subject, String body) {
        enqueue(new Notice(Channel.EMAIL, to, subject, body));
    }

    public void sms(String phone, String body) {
        enqueue(new Notice(Channel.SMS, phone, null, body));
    }

    void enqueue(Notice notice) {
        jms.createProducer().send(queue, notice.toJson());
    }

    /** Called by the consumer, in its transaction: a failure rolls the message back for redelivery. */
    public void deliver(Notice notice) {
        DeliveryStatus status;
        String detail = null;
        if (settings.isDemoMode()) {
            status = DeliveryStatus.DEMO_MAILBOX;
        } else if (notice.channel() == Channel.EMAIL) {
            mailer.send(notice);
            status = DeliveryStatus.SENT;
        } else {
            status = DeliveryStatus.NOT_SENT;
            detail = "Aucune passerelle SMS n'est configurée sur ce serveur";
        }
        em.persist(new OutboundMessage(notice.channel(), notice.recipient(), notice.subject(), truncate(notice.body()),
                clock.instant(), status, detail));
    }

    private static String truncate(String body) {
        return body.length() <= OutboundMessage.BODY_LENGTH ? body : body.substring(0, OutboundMessage.BODY_LENGTH);
    }
}
