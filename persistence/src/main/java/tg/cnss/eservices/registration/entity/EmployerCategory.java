package tg.cnss.eservices.registration.entity;

/** The two kinds of employer the manual's pre-registration forms distinguish. */
public enum EmployerCategory {
    ENTERPRISE("Entreprise (GE & PME)"),
    DOMESTIC("Employeur de personnel domestique");

    private final String label;

    EmployerCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
