package tg.cnss.eservices.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The requester's notices: the unread count in the header, the latest on the dashboard, all of
 * them on "Mes notifications", where "Marquer comme lues" (a POST: opening a page never changes
 * anything) reads those the page showed.
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
    private String shownUnread;

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

    /** The notifications page's view action: lists them, the new ones marked as such. */
    public void open() {
        all = inbox.latest(PAGE_SIZE);
    }

    /** "Marquer comme lues": the new notices the page showed, then the page again (post-redirect-get). */
    public String markRead() {
        inbox.markRead(ids(shownUnread));
        return "notifications?faces-redirect=true";
    }

    /**
     * The ids of the new notices listed, written into the page when it is shown and posted back
     * with "Marquer comme lues": what the person saw, not what arrived since.
     */
    public String getShownUnread() {
        if (shownUnread == null) {
            shownUnread = getAll().stream()
                    .filter(InboxNotice::unread)
                    .map(notice -> Long.toString(notice.id()))
                    .collect(java.util.stream.Collectors.joining(","));
        }
        return shownUnread;
    }

    public void setShownUnread(String shownUnread) {
        this.shownUnread = shownUnread;
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(","))
                .map(String::strip)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    public boolean isAnyUnread() {
        return getAll().stream().anyMatch(InboxNotice::unread);
    }

    public List<InboxNotice> getAll() {
        return all == null ? List.of() : all;
    }
}
