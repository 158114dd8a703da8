package tg.cnss.eservices.notification.entity;

/** How a message reaches a person. */
public enum Channel {
    EMAIL("E-mail"),
    SMS("SMS"),
    /** A notice in the person's own space; the recipient is their account e-mail. */
    IN_APP("Notification dans l'espace");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
