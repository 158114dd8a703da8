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

    private Boolean open;

    /** Asked twice by every page's template (banner, footer link): one call to the server per request. */
    public boolean isOpen() {
        if (open == null) {
            open = mailbox.isOpen();
        }
        return open;
    }

    public List<OutboundMessage> getMessages() {
        if (messages == null) {
            messages = isOpen() ? mailbox.latest(SHOWN) : List.of();
        }
        return messages;
    }
}
