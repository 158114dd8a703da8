package tg.cnss.eservices.declaration.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's fact about monthly contributions: the month whose declaration is due next, its
 * due date and the days left, whether it is declared, and the months since the employer's first
 * declaration on the portal whose due date has passed without a declaration.
 */
public record ContributionDeadline(
        java.time.YearMonth period,
        String periodLabel,
        LocalDate dueDate,
        long daysLeft,
        String declaredReference,
        List<String> lateMonths) {

    public ContributionDeadline {
        lateMonths = List.copyOf(lateMonths);
    }

    public boolean declared() {
        return declaredReference != null;
    }

    public boolean late() {
        return !lateMonths.isEmpty();
    }
}
