package tg.cnss.eservices.worklist.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Feeds the worklist of the Recouvrement department from its queue. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/cnss/recouvrement"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class RecouvrementWorklistConsumer extends WorklistConsumer {}
