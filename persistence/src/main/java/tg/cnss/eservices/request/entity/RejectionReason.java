package tg.cnss.eservices.request.entity;

/** Coded reasons for rejecting a request, always completed by a free explanation. */
public enum RejectionReason {
    INCOMPLETE("Dossier incomplet"),
    NOT_ELIGIBLE("Conditions non remplies"),
    DUPLICATE("Demande en double"),
    OUT_OF_SCOPE("Ne relève pas de la CNSS"),
    UNFOUNDED("Réclamation non fondée"),
    OTHER("Autre motif");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
