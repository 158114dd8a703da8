package tg.cnss.eservices.declaration.entity;

/** Where a declaration anomaly stands for Recouvrement. */
public enum AnomalyState {
    OPEN("À examiner"),
    REVIEWED("Examinée"),
    RESOLVED("Résolue");

    private final String label;

    AnomalyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
