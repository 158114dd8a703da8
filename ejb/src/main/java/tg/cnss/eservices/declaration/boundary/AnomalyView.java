package tg.cnss.eservices.declaration.boundary;

import java.time.Instant;
import tg.cnss.eservices.declaration.entity.AnomalyState;
import tg.cnss.eservices.kernel.Francs;

/**
 * A declaration anomaly as Recouvrement reads it: the employer, the month, what the DNR and the
 * monthly declaration each say, and where it stands.
 */
public record AnomalyView(
        long id,
        long version,
        String employerNumber,
        String employerName,
        String monthLabel,
        String dnrReference,
        int dnrWorkers,
        Francs dnrPayroll,
        String monthlyReference,
        int monthlyWorkers,
        Francs monthlyPayroll,
        AnomalyState state,
        Instant detectedAt,
        Instant resolvedAt,
        String reviewedBy,
        String reviewNote) {

    /** Monthly minus DNR: what the monthly declaration says more (or less, negative). */
    public int workersDifference() {
        return monthlyWorkers - dnrWorkers;
    }

    public Francs payrollDifference() {
        return monthlyPayroll.minus(dnrPayroll);
    }

    /** "+1 travailleur(s)", "−2 travailleur(s)": the difference as Recouvrement reads it. */
    public String workersDifferenceText() {
        return signed(workersDifference()) + " travailleur(s)";
    }

    /** "+110 000 FCFA", "−35 000 FCFA". */
    public String payrollDifferenceText() {
        long difference = payrollDifference().value();
        return (difference > 0 ? "+" : difference < 0 ? "−" : "")
                + Francs.of(Math.abs(difference)).display();
    }

    private static String signed(long value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + Math.abs(value);
    }

    public boolean reviewable() {
        return state != AnomalyState.RESOLVED;
    }
}
