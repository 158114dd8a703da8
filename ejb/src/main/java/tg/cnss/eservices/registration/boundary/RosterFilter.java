package tg.cnss.eservices.registration.boundary;

/** Which workers of the roster to show. */
public enum RosterFilter {
    ACTIVE("En activité"),
    LEFT("Sortis"),
    ALL("Tous");

    private final String label;

    RosterFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
