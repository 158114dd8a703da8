package tg.cnss.eservices.partner.control;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.platform.entity.AuditEvent;

/**
 * Writes this server's waiting API audit lines ({@link CallJournal}) every second, up to 2 000 per
 * transaction, and the rest when the server stops. Every server runs it for its own lines (a
 * non-persistent timer, not a cluster-wide one); it holds no state of its own.
 */
@Singleton
@Startup
public class CallJournalWriter {

    static final int PER_TRANSACTION = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallJournal journal;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void write() {
        List<AuditEvent> lines = journal.take(PER_TRANSACTION);
        lines.forEach(em::persist);
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void writeTheRest() {
        for (List<AuditEvent> lines = journal.take(PER_TRANSACTION);
                !lines.isEmpty();
                lines = journal.take(PER_TRANSACTION)) {
            lines.forEach(em::persist);
            em.flush();
        }
    }
}
