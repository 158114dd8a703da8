package tg.cnss.eservices.declaration.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;

/**
 * Takes recorded DNRs off the career-postings queue (one message per DNR, its id) and posts them to
 * the individual accounts ({@link CareerPosting}), in the message's transaction: a failure rolls
 * back, the broker redelivers, and after the last attempt the message goes to the dead-letter
 * queue that supervisors see. Two at a time per server.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = WageDeclarationRecords.CAREER_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class CareerPostingConsumer implements MessageListener {

    @Inject
    CareerPosting posting;

    @Override
    public void onMessage(Message message) {
        try {
            posting.post(Long.parseLong(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Message illisible sur la file des reports aux comptes individuels", e);
        }
    }
}
