package tg.cnss.eservices.worklist.boundary;

import java.io.Serializable;
import tg.cnss.eservices.worklist.entity.WorkItem;

/**
 * The state of a work item as an agent's page showed it: the versions of the item (assignment)
 * and of its request (status, answers). A decision names the revision it was made on, so that a
 * decision made on a page that has since gone stale is refused instead of overriding what changed.
 */
public record Revision(long item, long request) implements Serializable {

    static Revision of(WorkItem item) {
        return new Revision(item.getVersion(), item.getRequest().getVersion());
    }

    /** Refuses the decision if the item has changed since this revision was shown. */
    static void confirm(Revision seen, WorkItem item) {
        if (seen == null || !seen.equals(of(item))) {
            throw new ChangedMeanwhileException(item.getRequest().getReference().toString());
        }
    }
}
