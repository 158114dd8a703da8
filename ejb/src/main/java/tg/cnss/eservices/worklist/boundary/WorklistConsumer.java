package tg.cnss.eservices.worklist.boundary;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import tg.cnss.eservices.request.control.RoutedRequest;

/**
 * What every department consumer does: parse the message and hand it to
 * {@link Worklists#receive}, in the container's transaction. Failures propagate: the broker
 * redelivers (5 s doubling, 5 attempts) and then moves the message to the dead-letter queue.
 * The subclasses only say which queue they listen to.
 */
public abstract class WorklistConsumer implements MessageListener {

    @Inject
    Worklists worklists;

    @Override
    public void onMessage(Message message) {
        try {
            worklists.receive(RoutedRequest.fromJson(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Message illisible sur une file de département", e);
        }
    }
}
