package tg.cnss.eservices.benefit.control;

/**
 * The pensions an insured person may ask for (domain-rules.md §4, manual "Pension d'invalidité ou
 * de vieillesse"), with the documents each needs beyond the ID and the birth certificate.
 */
public enum PensionType {
    OLD_AGE("Pension (ou allocation) de vieillesse", false),
    EARLY("Pension anticipée volontaire (dès 55 ans)", false),
    PREMATURE_WEAR("Pension anticipée pour usure prématurée", true),
    INVALIDITY("Pension d'invalidité", true);

    private final String label;
    private final boolean medical;

    PensionType(String label, boolean medical) {
        this.label = label;
        this.medical = medical;
    }

    public String label() {
        return label;
    }

    /** Whether a medical certificate must be joined (the medical board decides from it). */
    public boolean needsMedicalCertificate() {
        return medical;
    }

    /** The files the request needs at least: ID, birth certificate, and the certificate when medical. */
    public int filesRequired() {
        return medical ? 3 : 2;
    }

    /** The parameters its simulation runs with: no reduction for premature wear. */
    public PensionRules.Parameters parameters() {
        return this == PREMATURE_WEAR
                ? PensionRules.Parameters.CURRENT.withoutEarlyReduction()
                : PensionRules.Parameters.CURRENT;
    }

    /** Whether a simulation at the start date gives what this pension pays. */
    public boolean fits(PensionRules.Outcome outcome) {
        return switch (this) {
            case OLD_AGE ->
                outcome == PensionRules.Outcome.PENSION || outcome == PensionRules.Outcome.OLD_AGE_ALLOWANCE;
            case EARLY, PREMATURE_WEAR -> outcome == PensionRules.Outcome.EARLY_PENSION;
            case INVALIDITY -> true;
        };
    }

    public static PensionType of(String code) {
        for (PensionType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        return null;
    }
}
