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

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
