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
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.worklist.control.AgentDirectory;
import tg.cnss.eservices.worklist.entity.Department;

/**
 * The dead-letter queue: the messages that failed all their attempts, and their replay to the
 * queue they came from once the cause is fixed. A supervisor sees and replays only the messages of
 * his own department's queue; an administrator sees every queue, the notification queue included,
 * whose messages are shown without their body (a reset link or a code is for its recipient only).
 * Replay takes the message off the dead-letter queue and puts it back in one transaction: it is
 * never lost, nor doubled.
 */
@Stateless
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class DeadLetters {

    /** Set by Artemis on a dead-lettered message: the address it was first sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    static final String NOTIFICATION_QUEUE = "cnss.notifications";

    private static final String JMS_QUEUE_PREFIX = "jms.queue.";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/cnss/dead-letters")
    Queue deadLetters;

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory directory;

    @Inject
    AuditTrail audit;

    /** The dead letters the caller may see, oldest first. */
    public List<DeadLetter> list() {
        Optional<String> onlyQueue = callersQueue();
        List<DeadLetter> letters = new ArrayList<>();
        for (Message message : browse(null)) {
            try {
                String original = originalQueue(message);
                if (onlyQueue.isEmpty() || onlyQueue.get().equals(original)) {
                    letters.add(view(message, original));
                }
            } catch (JMSException e) {
                throw new IllegalStateException("Lecture de la file des messages en échec impossible", e);
            }
        }
        return letters;
    }

    /**
     * Puts one dead letter back on its original queue; false if it is no longer there or is not
     * the caller's to replay (a supervisor, another department's: refused and audited).
     */
    public boolean replay(String messageId) {
        String selector = "JMSMessageID = '" + messageId.replace("'", "") + "'";
        List<Message> found = browse(selector);
        if (found.isEmpty()) {
            return false;
        }
        Optional<String> onlyQueue = callersQueue();
        try {
            if (onlyQueue.isPresent() && !onlyQueue.get().equals(originalQueue(found.get(0)))) {
                audit.record(
                        caller(),
                        null,
                        AuditAction.ACCESS_DENIED,
                        "REFUSE",
                        "rejeu du message " + messageId + " d'une autre file que celle du département");
                return false;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Message " + messageId + " illisible", e);
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, selector)) {
            Message message = consumer.receive(2_000);
            if (message == null) {
                return false;
            }
            String original = originalQueue(message);
            jms.createProducer().send(jms.createQueue(original), message.getBody(String.class));
            audit.record(caller(), null, AuditAction.DEAD_LETTER_REPLAYED, "SUCCES", messageId + " -> " + original);
            return true;
        } catch (JMSException e) {
            throw new IllegalStateException("Message " + messageId + " impossible à rejouer", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Message> browse(String selector) {
        try (QueueBrowser browser =
                selector == null ? jms.createBrowser(deadLetters) : jms.createBrowser(deadLetters, selector)) {
            return Collections.list((Enumeration<Message>) browser.getEnumeration());
        } catch (JMSException e) {
            throw new IllegalStateException("Lecture de la file des messages en échec impossible", e);
        }
    }

    /** A supervisor's department queue; empty for an administrator, who sees them all. */
    private Optional<String> callersQueue() {
        if (session.isCallerInRole("ADMIN")) {
            return Optional.empty();
        }
        String code = directory.departmentOf(caller());
        Department department = em.find(Department.class, code);
        if (department == null) {
            throw new IllegalStateException("Département inconnu : " + code);
        }
        try {
            return Optional.of(
                    InitialContext.<Queue>doLookup(department.getQueueJndi()).getQueueName());
        } catch (NamingException | JMSException e) {
            throw new IllegalStateException("File du département " + code + " introuvable", e);
        }
    }

    private static DeadLetter view(Message message, String original) throws JMSException {
        Instant sentAt = Instant.ofEpochMilli(message.getJMSTimestamp());
        int attempts = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        String body = message.getBody(String.class);
        if (!NOTIFICATION_QUEUE.equals(original)) {
            return new DeadLetter(message.getJMSMessageID(), original, sentAt, attempts, body, null, null, null);
        }
        String recipient = "(illisible)";
        String channel = "";
        String subject = "";
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject json = reader.readObject();
            recipient = json.getString("recipient", recipient);
            channel = json.getString("channel", channel);
            subject = json.getString("subject", subject);
        } catch (JsonException | ClassCastException e) {
            // Shown as unreadable: the body itself stays hidden.
        }
        return new DeadLetter(message.getJMSMessageID(), original, sentAt, attempts, null, recipient, channel, subject);
    }

    private static String originalQueue(Message message) throws JMSException {
        String address = message.getStringProperty(ORIGINAL_ADDRESS);
        if (address == null) {
            throw new IllegalStateException("Origine du message inconnue");
        }
        return address.startsWith(JMS_QUEUE_PREFIX) ? address.substring(JMS_QUEUE_PREFIX.length()) : address;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
