package tg.cnss.eservices.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends e-mail through the server's mail session (wildfly-config/…/30-mail.cli), with connection
 * and read timeouts: Jakarta Mail waits forever by default, and a silent SMTP server would hold a
 * notification consumer (and its transaction) until the transaction timeout.
 */
@Dependent
public class SmtpMailer {

    /** Milliseconds, for connecting and for each read or write. */
    static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/cnss")
    Session mailSession;

    @PostConstruct
    void withTimeouts() {
        // The mail subsystem's "smtp" server has no attribute for them; the session reads its
        // properties at each connection, so setting them here applies to every send.
        Properties properties = mailSession.getProperties();
        for (String name : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            properties.setProperty(name, TIMEOUT_MILLIS);
        }
    }

    /** Throws when the SMTP server refuses or cannot be reached, so that the message is retried. */
    public void send(Notice notice) {
        send(notice.recipient(), notice.subject(), notice.body());
    }

    /** The same for a text already put together (a notice's secret back in its place). */
    public void send(String recipient, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(mailSession);
            // The session's "mail.from" (MAIL_FROM, 30-mail.cli) only sets the envelope sender:
            // without this line the e-mail leaves with no From header (found by NotificationDeliveryIT).
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Envoi de l'e-mail impossible", e);
        }
    }
}
