package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.reference.entity.ContributionPayer;

/**
 * The monthly contributions of a salaried workforce (domain-rules.md §1): each branch's rate for
 * the employer and the employee applied to the whole gross payroll (no ceiling), each line
 * rounded half-up to the franc, with the rates in force in the month — so a 2011 month is
 * computed with the rates of 2011. Pure rules: the rates come from the reference data.
 */
public final class ContributionRules {

    /** Salaried employers declare these two shares; the self-employed and informal rates are not theirs. */
    private static final Set<ContributionPayer> SALARIED =
            EnumSet.of(ContributionPayer.EMPLOYER, ContributionPayer.EMPLOYEE);

    private ContributionRules() {}

    /**
     * The day whose rates apply to month M: its last day. A month's pay is earned over the month
     * and paid at its end, so June 2012 (decree of 27/06/2012) is computed with the new rates.
     * The reference data does not say otherwise; this choice is ours, stated here and on the page.
     */
    public static LocalDate rateDayOf(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** Contributions for month M are due by the 15th of M+1 (domain-rules.md §2). */
    public static LocalDate dueDateOf(YearMonth month) {
        return month.plusMonths(1).atDay(15);
    }

    public static ContributionCalculation compute(
            YearMonth month, int workerCount, Francs grossPayroll, List<RateInForce> rates) {
        LocalDate day = rateDayOf(month);
        List<ComputedLine> lines = rates.stream()
                .filter(rate ->
                        SALARIED.contains(rate.payer()) && rate.validity().covers(day))
                .sorted(Comparator.comparing(RateInForce::branch).thenComparing(RateInForce::payer))
                .map(rate -> new ComputedLine(
                        rate.branch(), rate.payer(), rate.ratePercent(), grossPayroll.percent(rate.ratePercent())))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("Aucun taux de cotisation en vigueur le " + day);
        }
        return new ContributionCalculation(month, workerCount, grossPayroll, lines, dueDateOf(month));
    }
}
