package tg.cnss.eservices.identity.entity;

/** How an account proves, after its password, that its owner is signing in. */
public enum SecondFactor {
    NONE("Aucune (mot de passe seul)"),
    TOTP("Application d'authentification"),
    SMS("Code par SMS");

    private final String label;

    SecondFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
