package tg.cnss.eservices.registration.boundary;

import java.time.LocalDate;
import tg.cnss.eservices.kernel.Francs;

/** One worker of the employer's roster, as "Mes travailleurs" and its exports show it. */
public record WorkerLine(
        long employmentId,
        long version,
        String insuredNumber,
        String lastName,
        String firstNames,
        String job,
        String contract,
        Francs monthlyPay,
        LocalDate startDate,
        LocalDate endDate,
        String endReason) {

    public boolean active() {
        return endDate == null;
    }
}
