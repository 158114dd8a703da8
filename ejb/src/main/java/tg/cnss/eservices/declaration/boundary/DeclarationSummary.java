package tg.cnss.eservices.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import tg.cnss.eservices.kernel.Francs;

/** A line of the employer's declarations: current, or replaced by a later revision. */
public record DeclarationSummary(
        String reference,
        YearMonth period,
        String periodLabel,
        int revision,
        int workerCount,
        Francs grossPayroll,
        Francs totalDue,
        LocalDate dueDate,
        Instant declaredAt,
        Instant replacedAt) {

    public boolean replaced() {
        return replacedAt != null;
    }
}
