package tg.cnss.eservices.registration.entity;

import java.util.Locale;

/** What can reveal that two employers are one: each with the way its values are compared. */
public enum IdentifierKind {
    TRADE_REGISTER("N° Registre de commerce (RCCM)"),
    OPERATOR_CARD("N° Carte Opérateur économique"),
    EMAIL("Adresse e-mail"),
    PHONE("Téléphone");

    private final String label;

    IdentifierKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The comparable form: case, spaces, dots, dashes and slashes do not make a different RCCM
     * ("TG-LOM 2024 B 1234" = "tglom2024b1234"); e-mails compare in lower case; phones arrive
     * already in "+228XXXXXXXX" form.
     */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return switch (this) {
            case TRADE_REGISTER, OPERATOR_CARD -> lower.replaceAll("[\\s.\\-/_]", "");
            case EMAIL, PHONE -> lower;
        };
    }
}
