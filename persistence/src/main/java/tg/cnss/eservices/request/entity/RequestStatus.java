package tg.cnss.eservices.request.entity;

/** Where a request stands in its life (design.md, "The request life cycle"). */
public enum RequestStatus {
    DRAFT("Brouillon"),
    SUBMITTED("Soumise"),
    ROUTED("Transmise au service"),
    IN_PROGRESS("En cours de traitement"),
    INFO_REQUESTED("Complément demandé"),
    APPROVED("Acceptée"),
    REJECTED("Rejetée");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses of requests still waiting for a decision. */
    public static java.util.List<RequestStatus> open() {
        return java.util.Arrays.stream(values())
                .filter(status -> !status.isFinal())
                .toList();
    }

    /** Whether a request in this status has reached its department's worklist (routed or later). */
    public boolean isInWorklist() {
        return this != DRAFT && this != SUBMITTED;
    }

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
