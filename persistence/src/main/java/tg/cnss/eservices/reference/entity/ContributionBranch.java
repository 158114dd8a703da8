package tg.cnss.eservices.reference.entity;

/** A branch of social security financed by contributions. */
public enum ContributionBranch {
    PF("Prestations familiales et maternité"),
    RP("Risques professionnels"),
    PENSIONS("Pensions (vieillesse, invalidité, décès)"),
    AMU("Assurance maladie universelle");

    private final String label;

    ContributionBranch(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
