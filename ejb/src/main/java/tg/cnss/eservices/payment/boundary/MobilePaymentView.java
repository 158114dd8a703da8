package tg.cnss.eservices.payment.boundary;

import java.time.Instant;
import java.time.LocalDate;
import tg.cnss.eservices.kernel.Francs;

/** A mobile payment as its status page shows it; {@code status}: PENDING, CONFIRMED or FAILED. */
public record MobilePaymentView(
        String reference,
        String operator,
        String phone,
        Francs amount,
        String status,
        String statusLabel,
        Instant requestedAt,
        LocalDate receivedOn,
        String failureReason) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
