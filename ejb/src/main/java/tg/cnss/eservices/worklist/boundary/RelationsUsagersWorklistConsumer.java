package tg.cnss.eservices.worklist.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Feeds the worklist of the RelationsUsagers department from its queue. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/cnss/relations-usagers"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class RelationsUsagersWorklistConsumer extends WorklistConsumer {}
