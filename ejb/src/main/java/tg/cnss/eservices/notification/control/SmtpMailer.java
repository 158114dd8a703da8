package tg.cnss.eservices.notification.control;

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

/** Sends e-mail through the server's mail session (wildfly-config/…/30-mail.cli). */
@Dependent
public class SmtpMailer {

    @Resource(lookup = "java:jboss/mail/cnss")
    Session mailSession;

    /** Throws when the SMTP server refuses or cannot be reached, so that the message is retried. */
    public void send(Notice notice) {
        try {
            MimeMessage message = new MimeMessage(mailSession);
            // The session's "mail.from" (MAIL_FROM, 30-mail.cli) only sets the envelope sender:
            // without this line the e-mail leaves with no From header (found by NotificationDeliveryIT).
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.recipient(), true));
            message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            message.setText(notice.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Envoi de l'e-mail impossible", e);
        }
    }
}
