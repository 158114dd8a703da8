package tg.cnss.eservices.payment.entity;

/** Where a mobile payment stands: waiting for the payer's confirmation on the phone, received, or failed. */
public enum MobilePaymentStatus {
    PENDING("En attente de votre confirmation sur le téléphone"),
    CONFIRMED("Reçu par la CNSS"),
    FAILED("Échoué");

    private final String label;

    MobilePaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
