package tg.cnss.eservices.notification.entity;

/** How a message reaches a person. */
public enum Channel {
    EMAIL("E-mail"),
    SMS("SMS");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
