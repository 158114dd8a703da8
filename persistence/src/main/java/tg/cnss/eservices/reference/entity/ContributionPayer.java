package tg.cnss.eservices.reference.entity;

/** Who pays a contribution line. */
public enum ContributionPayer {
    EMPLOYER("Employeur"),
    EMPLOYEE("Salarié"),
    SELF_EMPLOYED("Travailleur indépendant"),
    INFORMAL("Économie informelle");

    private final String label;

    ContributionPayer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
