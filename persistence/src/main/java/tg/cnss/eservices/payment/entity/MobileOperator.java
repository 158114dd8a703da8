package tg.cnss.eservices.payment.entity;

/**
 * The mobile-money services of Togo. The payer says which one holds his wallet: a number's prefix
 * says nothing of its operator since number portability (2024).
 */
public enum MobileOperator {
    TMONEY("T-Money"),
    FLOOZ("Flooz");

    private final String label;

    MobileOperator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
