package tg.cnss.eservices.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.declaration.boundary.ContributionDeadline;
import tg.cnss.eservices.declaration.boundary.ContributionDeadlines;
import tg.cnss.eservices.declaration.boundary.DnrDeadline;
import tg.cnss.eservices.declaration.boundary.WageDeclarations;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/**
 * The live facts at the top of the employer's dashboard, drawn from several contexts (hence a
 * package of its own, which none of them depends on): the monthly contribution due next and
 * whether it is declared, the months left undeclared, what the contributor account says is owed.
 * Read once per display.
 */
@Named
@RequestScoped
public class EmployerDashboardBacking {

    @Inject
    ContributionDeadlines deadlines;

    @Inject
    ContributorAccounts accounts;

    @Inject
    WageDeclarations wageDeclarations;

    @Inject
    tg.cnss.eservices.registration.boundary.Workers workers;

    @Inject
    tg.cnss.eservices.request.boundary.Requests requests;

    @Inject
    tg.cnss.eservices.payment.boundary.SocialQuitus socialQuitus;

    private tg.cnss.eservices.payment.boundary.QuitusLine quitus;

    private long activeWorkers;
    private long openRequests;

    private DnrDeadline dnrDeadline;

    private ContributionDeadline deadline;
    private Francs balance;
    private Boolean available;

    /** False for an account not tied to an employer number (then the facts are not shown). */
    public boolean isAvailable() {
        if (available == null) {
            try {
                deadline = deadlines.mine();
                dnrDeadline = wageDeclarations.nextDeadline();
                activeWorkers = workers.activeCount();
                openRequests = requests.openCount();
                balance = accounts.myBalance();
                quitus = socialQuitus.current().orElse(null);
                available = true;
            } catch (NoEmployerNumberException none) {
                available = false;
            }
        }
        return available;
    }

    public ContributionDeadline getDeadline() {
        return isAvailable() ? deadline : null;
    }

    public long getActiveWorkers() {
        return activeWorkers;
    }

    /** The quitus social valid today, if any. */
    public tg.cnss.eservices.payment.boundary.QuitusLine getQuitus() {
        return isAvailable() ? quitus : null;
    }

    public long getOpenRequests() {
        return openRequests;
    }

    public DnrDeadline getDnrDeadline() {
        return isAvailable() ? dnrDeadline : null;
    }

    /** "dans 13 jours", "aujourd'hui", "en retard de 4 jours". */
    public String dnrDaysLabel() {
        long days = getDnrDeadline().daysLeft();
        return days < 0
                ? "en retard de " + (-days) + " jour(s)"
                : days == 0 ? "aujourd'hui" : days == 1 ? "demain" : "dans " + days + " jours";
    }

    public Francs getBalance() {
        return isAvailable() ? balance : null;
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
