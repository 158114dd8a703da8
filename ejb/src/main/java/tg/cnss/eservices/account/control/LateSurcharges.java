package tg.cnss.eservices.account.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import tg.cnss.eservices.kernel.Francs;

/**
 * Late-payment surcharges (Code de sécurité sociale, art. 17; domain-rules.md §2): 5 % of the
 * unpaid principal as soon as the due date has passed, plus 1 % per month or part of a month once
 * three months have passed since the due date, until paid. Example: 100 000 F due 15/02, paid
 * 20/06 → 5 000 + 2 × 1 000 = 7 000 F. The rates are the law's, unchanged since 2011; should they
 * change, they become dated reference data like the contribution rates.
 */
public final class LateSurcharges {

    public static final BigDecimal INITIAL_PERCENT = BigDecimal.valueOf(5);
    public static final BigDecimal MONTHLY_PERCENT = BigDecimal.ONE;
    public static final int MONTHS_BEFORE_MONTHLY = 3;

    private LateSurcharges() {}

    /** The surcharge on {@code principal}, due on {@code due}, when the CNSS receives it on {@code paidOn}. */
    public static Francs on(Francs principal, LocalDate due, LocalDate paidOn) {
        if (!paidOn.isAfter(due)) {
            return Francs.ZERO;
        }
        return principal
                .percent(INITIAL_PERCENT)
                .plus(principal.percent(MONTHLY_PERCENT).times(monthlyCount(due, paidOn)));
    }

    /** How many 1 % steps apply: each month, or part of a month, after the first three. */
    public static long monthlyCount(LocalDate due, LocalDate paidOn) {
        LocalDate monthlyFrom = monthlyFrom(due);
        if (!paidOn.isAfter(monthlyFrom)) {
            return 0;
        }
        long whole = ChronoUnit.MONTHS.between(monthlyFrom, paidOn);
        return monthlyFrom.plusMonths(whole).isBefore(paidOn) ? whole + 1 : whole;
    }

    /** The day after which the monthly 1 % starts to run. */
    public static LocalDate monthlyFrom(LocalDate due) {
        return due.plusMonths(MONTHS_BEFORE_MONTHLY);
    }
}
