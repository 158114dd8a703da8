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
import tg.cnss.eservices.notification.control.DeliveryReport;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.notification.control.SmsGateway;
import tg.cnss.eservices.notification.control.SmtpMailer;
import tg.cnss.eservices.notification.entity.Channel;
import tg.cnss.eservices.notification.entity.InAppNotice;
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
    SmsGateway smsGateway;

    @Inject
    Clock clock;

    public void email(String to, String subject, String body) {
        enqueue(new Notice(Channel.EMAIL, to, subject, body));
    }

    public void sms(String phone, String body) {
        enqueue(new Notice(Channel.SMS, phone, null, body));
    }

    /** A notice in the person's own space, with a link (a path in the portal) to what it is about. */
    public void inApp(String accountEmail, String title, String body, String link) {
        enqueue(new Notice(Channel.IN_APP, accountEmail, title, body, link));
    }

    void enqueue(Notice notice) {
        jms.createProducer().send(queue, notice.toJson());
    }

    /** Called by the consumer, in its transaction: a failure rolls the message back for redelivery. */
    public void deliver(Notice notice) {
        if (notice.channel() == Channel.IN_APP) {
            em.persist(new InAppNotice(
                    notice.recipient(),
                    notice.subject() == null ? "" : notice.subject(),
                    notice.body(),
                    notice.link(),
                    clock.instant()));
            return;
        }
        DeliveryReport report;
        if (notice.channel() == Channel.SMS) {
            report = smsGateway.send(notice.recipient(), notice.body());
        } else if (settings.isDemoMode()) {
            report = DeliveryReport.demoMailbox();
        } else {
            mailer.send(notice);
            report = DeliveryReport.sent(null);
        }
        em.persist(new OutboundMessage(
                notice.channel(),
                notice.recipient(),
                notice.subject(),
                truncate(notice.body()),
                clock.instant(),
                report.status(),
                report.detail()));
    }

    private static String truncate(String body) {
        return body.length() <= OutboundMessage.BODY_LENGTH ? body : body.substring(0, OutboundMessage.BODY_LENGTH);
    }
}
