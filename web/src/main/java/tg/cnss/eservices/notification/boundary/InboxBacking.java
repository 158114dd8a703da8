package tg.cnss.eservices.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The requester's notices: the unread count in the header, the latest on the dashboard, all of
 * them on "Mes notifications" — which marks them read once listed (the list still shows which
 * ones were new).
 */
@Named
@RequestScoped
public class InboxBacking {

    static final int DASHBOARD_SIZE = 5;
    static final int PAGE_SIZE = 100;

    @Inject
    Inbox inbox;

    private Long unread;
    private List<InboxNotice> latest;
    private List<InboxNotice> all;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }

    public List<InboxNotice> getLatest() {
        if (latest == null) {
            latest = inbox.latest(DASHBOARD_SIZE);
        }
        return latest;
    }

    /** The notifications page's view action: lists them (new ones marked as such), then reads them all. */
    public void open() {
        all = inbox.latest(PAGE_SIZE);
        inbox.markAllRead();
        unread = 0L;
    }

    public List<InboxNotice> getAll() {
        return all == null ? List.of() : all;
    }
}
