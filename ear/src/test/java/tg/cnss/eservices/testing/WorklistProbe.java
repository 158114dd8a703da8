package tg.cnss.eservices.testing;

import java.time.Duration;
import tg.cnss.eservices.testing.acting.ActingUser;
import tg.cnss.eservices.worklist.boundary.WorkItemView;
import tg.cnss.eservices.worklist.boundary.WorklistPage;
import tg.cnss.eservices.worklist.boundary.WorklistQuery;
import tg.cnss.eservices.worklist.boundary.Worklists;

/** In-container tests: waiting for a submitted request to reach its department's worklist. */
public final class WorklistProbe {

    /** Routing goes through the broker and a message-driven bean: allow it this long. */
    public static final Duration ROUTING_TIMEOUT = Duration.ofSeconds(30);

    private WorklistProbe() {}

    /** The work item of the request, as {@code agent} (of the department) sees it once it has arrived. */
    public static WorkItemView awaitItem(ActingUser agent, Worklists worklists, String reference) {
        return Eventually.await(
                        "la demande " + reference + " dans la corbeille",
                        ROUTING_TIMEOUT,
                        () -> agent.call(() -> worklists.page(
                                new WorklistQuery(null, null, null, null, reference, "dueAt", true, 0, 5))),
                        (WorklistPage page) -> page.rows().size() == 1)
                .rows()
                .get(0);
    }
}
