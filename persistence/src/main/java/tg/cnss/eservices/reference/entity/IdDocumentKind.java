package tg.cnss.eservices.reference.entity;

/** Whether a document proves identity or civil status. */
public enum IdDocumentKind {
    IDENTITY("Pièce d'identité"),
    CIVIL_STATUS("État civil");

    private final String label;

    IdDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
