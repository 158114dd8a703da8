package tg.cnss.eservices.identity.entity;

/** Where an account stands: made by sign-up, it waits for the CNSS to activate it. */
public enum AccountState {
    PENDING_ACTIVATION("En attente d'activation"),
    ACTIVE("Actif"),
    REJECTED("Refusé");

    private final String label;

    AccountState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
