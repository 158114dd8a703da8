package tg.cnss.eservices.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import tg.cnss.eservices.notification.control.Notice;

/**
 * Takes notices off the notification queue and hands each to {@link Notifications#deliver}. Runs
 * in the container's transaction and lets every failure propagate: the broker then redelivers the
 * message, and after the last attempt moves it to the dead-letter queue. Nothing is swallowed.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/cnss/notifications"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class NotificationConsumer implements MessageListener {

    @Inject
    Notifications notifications;

    @Override
    public void onMessage(Message message) {
        try {
            notifications.deliver(Notice.fromJson(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Message illisible sur la file des notifications", e);
        }
    }
}
