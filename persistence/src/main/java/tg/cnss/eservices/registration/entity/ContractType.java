package tg.cnss.eservices.registration.entity;

/** The kinds of employment contract a worker's registration names. */
public enum ContractType {
    CDI("Contrat à durée indéterminée (CDI)"),
    CDD("Contrat à durée déterminée (CDD)"),
    APPRENTISSAGE("Apprentissage ou stage"),
    JOURNALIER("Travail journalier ou occasionnel");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
