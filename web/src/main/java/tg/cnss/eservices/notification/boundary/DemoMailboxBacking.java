package tg.cnss.eservices.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tg.cnss.eservices.notification.entity.OutboundMessage;

/** The demo mailbox page: what the portal would have sent by e-mail and SMS. */
@Named
@RequestScoped
public class DemoMailboxBacking {

    private static final int SHOWN = 100;

    @Inject
    DemoMailbox mailbox;

    private List<OutboundMessage> messages;

    public boolean isOpen() {
        return mailbox.isOpen();
    }

    public List<OutboundMessage> getMessages() {
        if (messages == null) {
            messages = mailbox.isOpen() ? mailbox.latest(SHOWN) : List.of();
        }
        return messages;
    }
}
