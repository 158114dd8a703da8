package tg.cnss.eservices.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import tg.cnss.eservices.notification.control.DeliveryReport;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.notification.control.SmsBudget;
import tg.cnss.eservices.notification.control.SmsGateway;
import tg.cnss.eservices.notification.control.SmtpMailer;
import tg.cnss.eservices.notification.entity.Channel;
import tg.cnss.eservices.notification.entity.DeliveryStatus;
import tg.cnss.eservices.notification.entity.InAppNotice;
import tg.cnss.eservices.notification.entity.OutboundMessage;
import tg.cnss.eservices.notification.spi.Administrators;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * The one way the portal writes to people. Sending only queues the message, inside the caller's
 * transaction: a notice about something that was rolled back is never sent. The
 * {@link NotificationConsumer} then delivers it, retrying when a server is unreachable.
 */
@Stateless
@PermitAll
public class Notifications {

    @Inject
    Administrators administrators;

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

    @Inject
    Deliveries deliveries;

    @Inject
    SmsBudget smsBudget;

    @Inject
    AuditTrail audit;

    @Inject
    DataCipher cipher;

    public void email(String to, String subject, String body) {
        enqueue(new Notice(Channel.EMAIL, to, subject, body));
    }

    public void sms(String phone, String body) {
        enqueue(new Notice(Channel.SMS, phone, null, body));
    }

    /**
     * An e-mail whose body holds a secret (a link, a code) at {@link Notice#SECRET}: the secret
     * travels sealed and is kept redacted; only the mail server receives it. Not in the subject.
     */
    public void emailWithSecret(String to, String subject, String body, String secret) {
        enqueue(Notice.withSecret(Channel.EMAIL, to, subject, body, seal(secret)));
    }

    /** The same for an SMS. */
    public void smsWithSecret(String phone, String body, String secret) {
        enqueue(Notice.withSecret(Channel.SMS, phone, null, body, seal(secret)));
    }

    private String seal(String secret) {
        return cipher.encrypt(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A notice in the person's own space, with a link (a path in the portal) to what it is about. */
    public void inApp(String accountEmail, String title, String body, String link) {
        enqueue(new Notice(Channel.IN_APP, accountEmail, title, body, link));
    }

    void enqueue(Notice notice) {
        jms.createProducer().send(queue, notice.toJson());
    }

    /**
     * Called by the consumer, in its transaction: a failure rolls the message back for
     * redelivery. A notice already delivered (its record exists) is not sent again.
     */
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
        if (deliveries.delivered(notice.id())) {
            return;
        }
        if (notice.channel() == Channel.SMS && smsBudget.spent()) {
            deferToNextMorning(notice);
            return;
        }
        String text = notice.carriesSecret()
                ? notice.text(new String(cipher.decrypt(notice.sealedSecret()), StandardCharsets.UTF_8))
                : notice.body();
        DeliveryReport report;
        if (notice.channel() == Channel.SMS) {
            report = smsGateway.send(notice.recipient(), text);
        } else if (settings.isDemoMode()) {
            report = DeliveryReport.demoMailbox();
        } else {
            mailer.send(notice.recipient(), notice.subject(), text);
            report = DeliveryReport.sent(null);
        }
        deliveries.record(new OutboundMessage(
                notice.id(),
                notice.channel(),
                notice.recipient(),
                notice.subject(),
                truncate(keptText(notice, text, report)),
                clock.instant(),
                report.status(),
                report.detail()));
    }

    /**
     * Today's SMS budget is spent: the notice goes back on the queue, to be delivered tomorrow
     * morning (in this transaction: it is neither lost nor sent twice), and the administrators are
     * told, once a day.
     */
    private void deferToNextMorning(Notice notice) {
        jms.createProducer()
                .setDeliveryDelay(smsBudget.untilNextMorning().toMillis())
                .send(queue, notice.toJson());
        Instant startOfDay = smsBudget.startOfToday();
        long warned = em.createQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.occurredAt >= :since",
                        Long.class)
                .setParameter("action", AuditAction.SMS_BUDGET_SPENT)
                .setParameter("since", startOfDay)
                .getSingleResult();
        if (warned > 0) {
            return;
        }
        audit.record(
                "(notifications)",
                null,
                AuditAction.SMS_BUDGET_SPENT,
                "REPORTE",
                smsBudget.dailyBudget() + " SMS envoyés aujourd'hui : les suivants partiront demain matin");
        administrators
                .addresses()
                .forEach(admin -> email(
                        admin,
                        "Budget SMS du jour atteint",
                        "Bonjour,\n\nLes " + smsBudget.dailyBudget() + " SMS que le portail peut envoyer par jour"
                                + " (CNSS_SMS_DAILY_BUDGET) sont partis. Les SMS suivants attendent demain matin"
                                + " (7h, heure de Lomé) ; les e-mails partent toujours.\n\nSi ce n'est pas une"
                                + " activité normale, consultez le journal d'audit (inscriptions,"
                                + " pré-immatriculations).\n\nServices en ligne de la CNSS"));
    }

    /**
     * What is kept of the text: redacted, unless it was delivered to the demo mailbox, which in
     * demo mode is the recipient's only way to read it.
     */
    static String keptText(Notice notice, String text, DeliveryReport report) {
        return report.status() == DeliveryStatus.DEMO_MAILBOX ? text : notice.redacted();
    }

    private static String truncate(String body) {
        return body.length() <= OutboundMessage.BODY_LENGTH ? body : body.substring(0, OutboundMessage.BODY_LENGTH);
    }
}
