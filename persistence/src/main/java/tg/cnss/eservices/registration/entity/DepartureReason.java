package tg.cnss.eservices.registration.entity;

/** Why an employment ended, as the employer declares it. */
public enum DepartureReason {
    DEMISSION("Démission"),
    LICENCIEMENT("Licenciement"),
    FIN_CONTRAT("Fin de contrat"),
    RUPTURE_CONVENTIONNELLE("Départ négocié"),
    RETRAITE("Départ à la retraite"),
    DECES("Décès"),
    AUTRE("Autre motif");

    private final String label;

    DepartureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
