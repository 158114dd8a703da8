package tg.cnss.eservices.declaration.boundary;

import java.time.Instant;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/** A DNR of the employer's history ("Mes DNR"): quarter, revision, how it came, what it declared. */
public record WageDeclarationSummary(
        String reference,
        String quarterCode,
        String quarterLabel,
        int revision,
        String sourceLabel,
        String fileName,
        int workerCount,
        int toRegisterCount,
        List<Francs> monthTotals,
        Francs quarterTotal,
        int warningCount,
        Instant declaredAt,
        Instant replacedAt) {

    public boolean replaced() {
        return replacedAt != null;
    }
}
