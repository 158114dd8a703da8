package tg.cnss.eservices.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import tg.cnss.eservices.platform.entity.AuditEvent;

/**
 * The partner API's audit lines not yet written, on this server. A line per call written in the
 * call's own transaction cost a database commit (a disk flush) per verification — most of its
 * time; the lines wait here instead and {@link CallJournalWriter} writes them every second, many
 * per transaction. Each server writes only its own lines, so nothing here is shared; a server
 * killed outright loses at most its last second of API audit lines (a stop writes them).
 */
@ApplicationScoped
public class CallJournal {

    private final ConcurrentLinkedQueue<AuditEvent> pending = new ConcurrentLinkedQueue<>();

    public void add(AuditEvent line) {
        pending.add(line);
    }

    /** Takes up to {@code max} lines out, oldest first. */
    public List<AuditEvent> take(int max) {
        List<AuditEvent> lines = new ArrayList<>();
        AuditEvent line;
        while (lines.size() < max && (line = pending.poll()) != null) {
            lines.add(line);
        }
        return lines;
    }
}
