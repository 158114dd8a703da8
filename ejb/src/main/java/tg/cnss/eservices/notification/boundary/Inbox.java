package tg.cnss.eservices.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import tg.cnss.eservices.notification.entity.InAppNotice;

/** "Mes notifications": the caller's own in-app notices, newest first; nobody reads another's. */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<InboxNotice> latest(int max) {
        return em.createQuery(
                        "SELECT n FROM InAppNotice n WHERE n.recipientEmail = :me ORDER BY n.createdAt DESC, n.id DESC",
                        InAppNotice.class)
                .setParameter("me", caller())
                .setMaxResults(max)
                .getResultStream()
                .map(notice -> new InboxNotice(
                        notice.getId(),
                        notice.getTitle(),
                        notice.getBody(),
                        notice.getLink(),
                        notice.getCreatedAt(),
                        notice.isUnread()))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long unreadCount() {
        return em.createQuery(
                        "SELECT COUNT(n) FROM InAppNotice n WHERE n.recipientEmail = :me AND n.readAt IS NULL",
                        Long.class)
                .setParameter("me", caller())
                .getSingleResult();
    }

    /** Every notice of the caller is read. */
    public void markAllRead() {
        em.createQuery("UPDATE InAppNotice n SET n.readAt = :now WHERE n.recipientEmail = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("me", caller())
                .executeUpdate();
    }

    /**
     * These notices of the caller (those a page showed) are read; one that arrived since stays
     * new. Ids of anyone else's notices change nothing.
     */
    public void markRead(java.util.Collection<Long> shown) {
        if (shown.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE InAppNotice n SET n.readAt = :now WHERE n.recipientEmail = :me AND n.readAt IS NULL"
                        + " AND n.id IN :shown")
                .setParameter("now", clock.instant())
                .setParameter("me", caller())
                .setParameter("shown", shown)
                .executeUpdate();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
