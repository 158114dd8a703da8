package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * The dead-letter queue, for supervisors: the messages that failed all their attempts, and their
 * replay to the queue they came from once the cause is fixed. Replay takes the message off the
 * dead-letter queue and puts it back in one transaction: it is never lost, nor doubled.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class DeadLetters {

    /** Set by Artemis on a dead-lettered message: the address it was first sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    private static final String JMS_QUEUE_PREFIX = "jms.queue.";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/cnss/dead-letters")
    Queue deadLetters;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            for (Message message : Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
                letters.add(view(message));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Lecture de la file des messages en échec impossible", e);
        }
        return letters;
    }

    /** Puts one dead letter back on its original queue; false if it is no longer there. */
    public boolean replay(String messageId) {
        try (JMSConsumer consumer =
                jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId.replace("'", "") + "'")) {
            Message message = consumer.receive(2_000);
            if (message == null) {
                return false;
            }
            String original = originalQueue(message);
            jms.createProducer().send(jms.createQueue(original), message.getBody(String.class));
            audit.record(
                    session.getCallerPrincipal().getName(),
                    null,
                    AuditAction.DEAD_LETTER_REPLAYED,
                    "SUCCES",
                    messageId + " -> " + original);
            return true;
        } catch (JMSException e) {
            throw new IllegalStateException("Message " + messageId + " impossible à rejouer", e);
        }
    }

    private static DeadLetter view(Message message) throws JMSException {
        return new DeadLetter(
                message.getJMSMessageID(),
                originalQueue(message),
                Instant.ofEpochMilli(message.getJMSTimestamp()),
                message.getBody(String.class));
    }

    private static String originalQueue(Message message) throws JMSException {
        String address = message.getStringProperty(ORIGINAL_ADDRESS);
        if (address == null) {
            throw new IllegalStateException("Origine du message inconnue");
        }
        return address.startsWith(JMS_QUEUE_PREFIX) ? address.substring(JMS_QUEUE_PREFIX.length()) : address;
    }
}
