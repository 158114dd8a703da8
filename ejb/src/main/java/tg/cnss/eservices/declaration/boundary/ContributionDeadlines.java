package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.declaration.control.ContributionDeclarationRecords;
import tg.cnss.eservices.declaration.control.ContributionRules;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.platform.control.Clocks;

/** The employer dashboard's fact about monthly contributions: what is due next, what was left undeclared. */
@Stateless
@RolesAllowed("EMPLOYER")
public class ContributionDeadlines {

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    @Inject
    Clock clock;

    @Inject
    ContributionDeclarationRecords records;

    /**
     * For the dashboard: the month due next (the last month, due on the 15th of this one, or this
     * month once that date has passed), and the months left undeclared since the employer's first
     * declaration on the portal. Not since its registration: months declared at the CNSS's
     * counters before the portal are in the CNSS's books, not here, and would all look late.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ContributionDeadline mine() {
        String employer = employers.of(session.getCallerPrincipal().getName()).canonical();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        YearMonth next = YearMonth.from(today).minusMonths(1);
        if (today.isAfter(ContributionRules.dueDateOf(next))) {
            next = next.plusMonths(1);
        }
        java.util.SortedSet<YearMonth> declared = records.declaredPeriodsOf(employer);
        YearMonth first = declared.isEmpty() ? next : declared.first();
        List<String> late = new ArrayList<>();
        for (YearMonth month = first; month.isBefore(next); month = month.plusMonths(1)) {
            if (!declared.contains(month)) {
                late.add(MonthLabels.of(month));
            }
        }
        LocalDate due = ContributionRules.dueDateOf(next);
        return new ContributionDeadline(
                next,
                MonthLabels.of(next),
                due,
                java.time.temporal.ChronoUnit.DAYS.between(today, due),
                records.currentOf(employer, next)
                        .map(ContributionDeclaration::getReference)
                        .orElse(null),
                late);
    }
}
