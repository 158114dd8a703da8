package tg.cnss.eservices.declaration.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes uploaded DNR files off their queue, one message per file (its upload id), and has them read
 * by {@link DnrImport}: any server of the cluster may take one. Outside a transaction — the import
 * commits its own steps and records its failures on the upload, so the message is done with once
 * handed over. Two at a time per server: a large file is heavy, and employers' uploads can wait a
 * few seconds more.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DnrUploads.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DnrImportConsumer implements MessageListener {

    @Inject
    DnrImport imports;

    @Override
    public void onMessage(Message message) {
        try {
            imports.process(Long.parseLong(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Message illisible sur la file des DNR", e);
        }
    }
}
