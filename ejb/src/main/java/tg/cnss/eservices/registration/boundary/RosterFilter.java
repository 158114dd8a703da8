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

    /** The selection named in a link's parameter ("ACTIVE"…); all workers when absent or unknown. */
    public static RosterFilter fromParameter(String name) {
        for (RosterFilter filter : values()) {
            if (filter.name().equals(name)) {
                return filter;
            }
        }
        return ALL;
    }
}
