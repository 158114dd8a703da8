package tg.cnss.eservices.account.entity;

/** What a ledger line records. Debits are positive amounts, credits negative. */
public enum LedgerEntryKind {
    CONTRIBUTION("Cotisations déclarées"),
    CONTRIBUTION_REVERSAL("Déclaration remplacée (annulation)"),
    PAYMENT("Paiement reçu");

    private final String label;

    LedgerEntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
