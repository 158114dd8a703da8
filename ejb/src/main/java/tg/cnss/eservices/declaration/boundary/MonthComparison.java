package tg.cnss.eservices.declaration.boundary;

import tg.cnss.eservices.kernel.Francs;

/**
 * A month of a declared quarter: what its DNR says (workers paid, gross pay) beside the monthly
 * contribution declaration ({@code declaredReference} null when the month is not declared yet).
 */
public record MonthComparison(
        String monthLabel,
        int dnrWorkers,
        Francs dnrPayroll,
        String declaredReference,
        int declaredWorkers,
        Francs declaredPayroll) {

    public boolean declared() {
        return declaredReference != null;
    }

    /** A difference between the two (a DSN-like "anomalie"), once the month is declared. */
    public boolean differs() {
        return declared() && (dnrWorkers != declaredWorkers || !dnrPayroll.equals(declaredPayroll));
    }
}
