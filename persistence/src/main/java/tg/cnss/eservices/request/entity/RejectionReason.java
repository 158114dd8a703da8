package tg.cnss.eservices.request.entity;

/** Coded reasons for rejecting a request, always completed by a free explanation. */
public enum RejectionReason {
    INCOMPLETE("Dossier incomplet"),
    NOT_ELIGIBLE("Conditions non remplies"),
    DUPLICATE("Demande en double"),
    OUT_OF_SCOPE("Ne relève pas de la CNSS"),
    UNFOUNDED("Réclamation non fondée"),
    OTHER("Autre motif"),
    PAYMENT_NOT_RECEIVED("Paiement absent des relevés de la banque"),
    AMOUNT_MISMATCH("Montant reçu différent du montant déclaré"),
    PAYER_NOT_IDENTIFIED("Payeur non identifié : fonds à retourner à la banque");

    /** The reasons that fit any request; a kind may offer others ({@code RequestKind.rejectionReasons}). */
    public static final java.util.List<RejectionReason> GENERAL =
            java.util.List.of(INCOMPLETE, NOT_ELIGIBLE, DUPLICATE, OUT_OF_SCOPE, UNFOUNDED, OTHER);

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
