package tg.cnss.eservices.worklist.boundary;

/**
 * What one agent has on hand: items being processed, items waiting for the requester's answer,
 * how many of those are overdue, and how many the agent decided in the last 30 days.
 */
public record AgentLoad(
        String email, String name, long inProgress, long awaitingRequester, long overdue, long decidedLast30Days) {

    public long open() {
        return inProgress + awaitingRequester;
    }
}
