package tg.cnss.eservices.declaration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.kernel.Francs;

/**
 * The live facts at the top of the employer's dashboard: the monthly contribution due next and
 * whether it is declared, the months left undeclared, what the contributor account says is owed.
 * Read once per display.
 */
@Named
@RequestScoped
public class EmployerDashboardBacking {

    @Inject
    ContributionDeclarations declarations;

    @Inject
    ContributorAccounts accounts;

    private ContributionDeadline deadline;
    private Francs balance;

    public ContributionDeadline getDeadline() {
        if (deadline == null) {
            deadline = declarations.myDeadline();
        }
        return deadline;
    }

    public Francs getBalance() {
        if (balance == null) {
            balance = accounts.myBalance();
        }
        return balance;
    }

    /** "dans 13 jours", "aujourd'hui", "demain". */
    public String daysLeftLabel() {
        long days = getDeadline().daysLeft();
        return days == 0 ? "aujourd'hui" : days == 1 ? "demain" : "dans " + days + " jours";
    }

    /** At most three late months named, then how many more. */
    public String lateMonthsLabel() {
        var months = getDeadline().lateMonths();
        String named = String.join(", ", months.subList(0, Math.min(3, months.size())));
        return months.size() > 3 ? named + " et " + (months.size() - 3) + " autre(s)" : named;
    }
}
