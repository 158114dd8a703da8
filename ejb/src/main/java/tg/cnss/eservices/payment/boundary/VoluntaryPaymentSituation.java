package tg.cnss.eservices.payment.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * The voluntary insurance's payments as the member sees them: the monthly contribution, the months
 * due and not paid, the months paid (when and by which payment), the mobile payments made, and
 * whether this server takes mobile payments.
 */
public record VoluntaryPaymentSituation(
        Francs monthlyContribution,
        List<YearMonth> unpaid,
        List<PaidMonth> paid,
        List<MobilePaymentView> payments,
        boolean mobileOpen)
        implements Serializable {

    /** A month paid. */
    public record PaidMonth(YearMonth month, Francs amount, LocalDate receivedOn, String paymentReference)
            implements Serializable {}

    /** What the months due and not paid come to. */
    public Francs owed() {
        return Francs.of(monthlyContribution.value() * unpaid.size());
    }
}
