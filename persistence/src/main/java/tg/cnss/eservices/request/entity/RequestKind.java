package tg.cnss.eservices.request.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of request the portal knows. Each has the prefix of its public reference; which
 * department processes it is data (the routing table), not code.
 */
public enum RequestKind {
    CLAIM("RC", "Réclamation", "Réclamations"),
    EMPLOYER_REGISTRATION("IE", "Immatriculation employeur GE & PME", "Immatriculations GE & PME"),
    DOMESTIC_EMPLOYER_REGISTRATION(
            "ED", "Immatriculation employeur de personnel domestique", "Immatriculations personnel domestique"),
    ACCOUNT_ACTIVATION("AC", "Activation de compte en ligne", "Activations de compte"),
    PROFILE_CHANGE("MI", "Modification des informations du compte", "Modifications d'informations");

    private final String prefix;
    private final String label;
    private final String pluralLabel;

    RequestKind(String prefix, String label, String pluralLabel) {
        this.prefix = prefix;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /** The title of the kind's tab in "Historique des activités". */
    public String pluralLabel() {
        return pluralLabel;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    public static Optional<RequestKind> byPrefix(String prefix) {
        return Arrays.stream(values())
                .filter(kind -> kind.prefix.equals(prefix))
                .findFirst();
    }
}
