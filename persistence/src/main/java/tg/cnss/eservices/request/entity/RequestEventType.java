package tg.cnss.eservices.request.entity;

/** What happened to a request: one line of its history. */
public enum RequestEventType {
    SUBMITTED("Demande soumise"),
    ROUTED("Transmise au service compétent"),
    TAKEN("Prise en charge par un agent"),
    INFO_REQUESTED("Complément d'information demandé"),
    ANSWERED("Complément fourni"),
    APPROVED("Demande acceptée"),
    REJECTED("Demande rejetée"),
    REASSIGNED("Réaffectée");

    private final String label;

    RequestEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lines of the history that only the CNSS sees (its own organisation, not the request's progress). */
    public boolean isInternal() {
        return this == REASSIGNED;
    }
}
