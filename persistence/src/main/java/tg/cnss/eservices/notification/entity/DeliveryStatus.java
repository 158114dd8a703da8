package tg.cnss.eservices.notification.entity;

/** What became of an outbound message. */
public enum DeliveryStatus {
    /** Demo mode: kept in the demo mailbox, nothing sent. */
    DEMO_MAILBOX("Boîte de démonstration"),
    SENT("Envoyé"),
    /** No sender is configured for this channel on this server. */
    NOT_SENT("Non envoyé");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
