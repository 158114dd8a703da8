package tg.cnss.eservices.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import java.util.Collections;

/** Test-only access to the broker: send a raw message, count what waits on a queue. */
@Stateless
public class QueueProbe {

    @Inject
    JMSContext jms;

    public void send(String queueName, String body) {
        jms.createProducer().send(jms.createQueue(queueName), body);
    }

    public int depth(String queueName) {
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(queueName))) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
