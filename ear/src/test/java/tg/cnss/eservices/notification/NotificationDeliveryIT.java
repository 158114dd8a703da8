package tg.cnss.eservices.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.notification.boundary.Inbox;
import tg.cnss.eservices.notification.boundary.InboxNotice;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.notification.control.SmtpMailer;
import tg.cnss.eservices.notification.entity.Channel;
import tg.cnss.eservices.notification.entity.DeliveryStatus;
import tg.cnss.eservices.notification.entity.OutboundMessage;
import tg.cnss.eservices.request.boundary.ClaimForm;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * Notices leave the server for real: e-mail through WildFly's mail session (configured by
 * 30-mail.cli from SMTP_HOST/SMTP_PORT, here a GreenMail SMTP server); in demo mode, both
 * e-mail and SMS of a request land in the demo mailbox; and each step is a notice in the
 * requester's own space until read.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationDeliveryIT {

    /** The port the failsafe configuration gives WildFly as SMTP_PORT. */
    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestsAndLibraries(
                new Class<?>[] {NotificationDeliveryIT.class}, new Class<?>[] {GreenMail.class});
    }

    @Inject
    SmtpMailer mailer;

    @Inject
    Requests requests;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    AsInsured asInsured;

    @Inject
    AsEmployer asEmployer;

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    PersistenceProbe probe;

    private GreenMail smtpServer;

    @BeforeEach
    void startSmtpServer() {
        smtpServer = new GreenMail(SMTP);
        smtpServer.start();
    }

    @AfterEach
    void stopSmtpServer() {
        if (smtpServer != null) {
            smtpServer.stop();
        }
    }

    @Test
    void anEmailGoesOutThroughTheServersMailSession() throws Exception {
        mailer.send(new Notice(
                Channel.EMAIL,
                "kossi.amegan@example.tg",
                "RC-2026-000042 — Demande acceptée",
                "Bonjour Kossi AMEGAN,\n\nVotre demande est acceptée : cotisations reportées.\n"));

        assertTrue(smtpServer.waitForIncomingEmail(10_000, 1), "e-mail reçu par le serveur SMTP");
        MimeMessage mail = smtpServer.getReceivedMessages()[0];
        assertEquals("RC-2026-000042 — Demande acceptée", mail.getSubject());
        assertEquals("kossi.amegan@example.tg", mail.getAllRecipients()[0].toString());
        assertEquals("CNSS Togo <no-reply@cnss.tg>", mail.getFrom()[0].toString());
        assertTrue(GreenMailUtil.getBody(mail).contains("cotisations report"), GreenMailUtil.getBody(mail));
    }

    @Test
    void anUnreachableSmtpServerFailsSoThatTheNoticeIsRetried() {
        smtpServer.stop();
        smtpServer = null;
        assertThrows(
                IllegalStateException.class,
                () -> mailer.send(new Notice(Channel.EMAIL, "a@example.tg", "Sujet", "Corps")));
    }

    @Test
    void inDemoModeTheEmailAndTheSmsOfARequestReachTheDemoMailbox() {
        String object = "Avis " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String reference = asInsured
                .call(() -> requests.submitClaim(new ClaimForm(object, "Notifications")))
                .reference();
        List<OutboundMessage> sms = Eventually.await(
                "le SMS de dépôt dans la boîte de démonstration",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo("+22890000001", 50).stream()
                        .filter(message -> message.getBody().contains(reference))
                        .toList(),
                found -> !found.isEmpty());
        assertEquals(Channel.SMS, sms.get(0).getChannel());
        assertEquals(DeliveryStatus.DEMO_MAILBOX, sms.get(0).getStatus());
        // The e-mail is another notice, delivered by another consumer: it may come a moment after the SMS.
        Eventually.await(
                "et l'e-mail",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo("assure@demo.cnss.tg", 50).stream()
                        .anyMatch(mail -> mail.getSubject().startsWith(reference)),
                found -> found);
        assertTrue(smtpServer.getReceivedMessages().length == 0, "rien n'est réellement envoyé en mode démonstration");
    }

    @Test
    void eachStepOfARequestIsANoticeInTheRequestersSpaceUntilRead() {
        String object =
                "Dans l'espace " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String reference = asInsured
                .call(() -> requests.submitClaim(new ClaimForm(object, "Avis")))
                .reference();
        InboxNotice notice = Eventually.await(
                        "l'avis de dépôt dans l'espace de l'assuré",
                        Duration.ofSeconds(30),
                        () -> asInsured.call(() -> inbox.latest(20)).stream()
                                .filter(found -> found.title().equals(reference + " — Demande soumise"))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertTrue(notice.unread());
        assertEquals("/assure/demande.xhtml?ref=" + reference, notice.link());
        assertTrue(notice.body().contains(object));
        assertTrue(asInsured.call(() -> inbox.unreadCount()) >= 1);
        assertTrue(
                asEmployer.call(() -> inbox.latest(50)).stream()
                        .noneMatch(other -> other.title().startsWith(reference)),
                "personne d'autre ne le voit");

        asInsured.call(() -> {
            inbox.markAllRead();
            return null;
        });
        assertEquals(0, asInsured.call(() -> inbox.unreadCount()));
    }

    /** Security review, finding 10: a notice whose message comes back after its delivery is not sent twice. */
    @Test
    void aNoticeDeliveredOnceIsNotSentAgainWhenItsMessageComesBack() {
        Notice notice = new Notice(
                Channel.SMS,
                "+22890" + String.format("%06d", new java.util.Random().nextInt(1_000_000)),
                null,
                "Bonjour");
        notifications.deliver(notice);
        notifications.deliver(notice);
        long copies = probe.apply(
                em -> em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.noticeId = :id", Long.class)
                        .setParameter("id", notice.id())
                        .getSingleResult());
        assertEquals(1, copies, "delivered once, whatever the redeliveries");
    }

    /** Finding 5: a code travels sealed and reaches the (demo) inbox whole. */
    @Test
    void aCodeSentWithItsSecretReachesTheInboxWhole() {
        String phone = "+22891" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
        notifications.smsWithSecret(phone, "CNSS TOGO : votre code est " + Notice.SECRET + ".", "424242");
        OutboundMessage sms = Eventually.await(
                "le SMS dans la boîte de démonstration",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(phone, 1).stream().findFirst().orElse(null),
                found -> found != null);
        assertEquals("CNSS TOGO : votre code est 424242.", sms.getBody());
    }

    /** Security review, finding 3: once the day's SMS budget is spent, SMS wait for tomorrow and administrators are told. */
    @Test
    void onceTheDaysSmsBudgetIsSpentSmsWaitForTomorrowAndAdministratorsAreTold() {
        java.time.Instant startOfDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        long sentToday = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(m) FROM OutboundMessage m WHERE m.channel = :sms AND m.status IN :sent"
                                + " AND m.createdAt >= :since",
                        Long.class)
                .setParameter("sms", Channel.SMS)
                .setParameter("sent", List.of(DeliveryStatus.SENT, DeliveryStatus.DEMO_MAILBOX))
                .setParameter("since", startOfDay)
                .getSingleResult());
        String previous = System.getProperty("cnss.sms.daily-budget");
        System.setProperty("cnss.sms.daily-budget", Long.toString(sentToday));
        try {
            Notice sms = new Notice(
                    Channel.SMS,
                    "+22892" + String.format("%06d", new java.util.Random().nextInt(1_000_000)),
                    null,
                    "Bonjour");
            notifications.deliver(sms);
            assertEquals(
                    0L,
                    (long) probe.apply(em -> em.createQuery(
                                    "SELECT COUNT(m) FROM OutboundMessage m WHERE m.noticeId = :id", Long.class)
                            .setParameter("id", sms.id())
                            .getSingleResult()),
                    "not sent today");
            assertTrue(
                    probe.apply(em -> em.createQuery(
                                            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action ="
                                                    + " tg.cnss.eservices.platform.entity.AuditAction.SMS_BUDGET_SPENT"
                                                    + " AND e.occurredAt >= :since",
                                            Long.class)
                                    .setParameter("since", startOfDay)
                                    .getSingleResult())
                            == 1,
                    "the administrators are told once a day");
        } finally {
            if (previous == null) {
                System.clearProperty("cnss.sms.daily-budget");
            } else {
                System.setProperty("cnss.sms.daily-budget", previous);
            }
        }
    }
}
