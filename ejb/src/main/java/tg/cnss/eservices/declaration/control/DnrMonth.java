package tg.cnss.eservices.declaration.control;

import java.time.YearMonth;
import tg.cnss.eservices.kernel.Francs;

/** What a quarter's DNR in force says of one of its months: the workers paid and their gross pay. */
public record DnrMonth(String reference, YearMonth period, int workers, Francs payroll) {

    /** The monthly declaration's figures differ from the DNR's (a DSN-like "anomalie"). */
    public boolean differsFrom(int declaredWorkers, long declaredPayroll) {
        return declaredWorkers != workers || declaredPayroll != payroll.value();
    }
}
