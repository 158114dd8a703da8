package tg.cnss.eservices.registration.entity;

/** How a dependant is related to the insured person who declared them. */
public enum DependantRelation {
    CHILD("Enfant"),
    SPOUSE("Conjoint(e)");

    private final String label;

    DependantRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
