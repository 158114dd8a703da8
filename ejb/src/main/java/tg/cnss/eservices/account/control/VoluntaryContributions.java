package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tg.cnss.eservices.account.entity.VoluntaryContribution;
import tg.cnss.eservices.account.entity.VoluntaryMembership;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The months of voluntary insurance paid, and those still to pay: every month from the
 * membership's first to the current one, oldest first. A payment pays whole months, the oldest
 * unpaid first, then ahead (up to {@link #MONTHS_AHEAD} months beyond the current one).
 */
@Dependent
public class VoluntaryContributions {

    /** How many months may be paid beyond the current one. */
    public static final int MONTHS_AHEAD = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    VoluntaryMemberships memberships;

    public List<VoluntaryContribution> paidOf(InsuredNumber insured) {
        return em.createQuery(
                        "SELECT c FROM VoluntaryContribution c WHERE c.insuredNumber = :insured ORDER BY c.period",
                        VoluntaryContribution.class)
                .setParameter("insured", insured.canonical())
                .getResultList();
    }

    /** The months of the open membership due by {@code current} and not paid, oldest first. */
    public List<YearMonth> unpaid(InsuredNumber insured, YearMonth current) {
        return memberships
                .openOf(insured)
                .map(membership -> unpaidFrom(membership, paidMonths(insured), current))
                .orElse(List.of());
    }

    /** The months {@code count} months of contribution would pay, in order: the unpaid ones, then ahead. */
    public List<YearMonth> nextToPay(InsuredNumber insured, YearMonth current, int count) {
        VoluntaryMembership membership = memberships
                .openOf(insured)
                .orElseThrow(() -> new IllegalStateException("Aucune assurance volontaire ouverte"));
        return monthsToPay(membership, paidMonths(insured), count, current.plusMonths(MONTHS_AHEAD));
    }

    /**
     * Records a payment received: {@code amount} must be a whole number of monthly contributions;
     * the months it pays are the next unpaid ones, oldest first. Returns the months paid.
     */
    public List<YearMonth> credit(
            InsuredNumber insured, long amount, LocalDate receivedOn, String paymentReference, Instant at) {
        VoluntaryMembership membership = memberships
                .openOf(insured)
                .orElseThrow(() -> new IllegalStateException("Aucune assurance volontaire ouverte pour " + insured));
        long contribution = membership.getMonthlyContribution();
        if (amount <= 0 || amount % contribution != 0) {
            throw new IllegalStateException("Le montant " + amount + " n'est pas un nombre entier de cotisations de "
                    + contribution + " francs");
        }
        // money received is recorded whole: the limit of months ahead is the form's, not the settlement's
        List<YearMonth> months = monthsToPay(membership, paidMonths(insured), (int) (amount / contribution), null);
        for (YearMonth month : months) {
            em.persist(new VoluntaryContribution(
                    insured.canonical(),
                    month,
                    membership.getMonthlyIncome(),
                    contribution,
                    receivedOn,
                    paymentReference,
                    at));
        }
        return months;
    }

    private static List<YearMonth> monthsToPay(
            VoluntaryMembership membership, Set<YearMonth> paid, int count, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = membership.getFirstMonth();
                months.size() < count && (last == null || !month.isAfter(last));
                month = month.plusMonths(1)) {
            if (!paid.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }

    private Set<YearMonth> paidMonths(InsuredNumber insured) {
        return paidOf(insured).stream().map(VoluntaryContribution::getPeriod).collect(Collectors.toSet());
    }

    private static List<YearMonth> unpaidFrom(VoluntaryMembership membership, Set<YearMonth> paid, YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = membership.getFirstMonth(); !month.isAfter(current); month = month.plusMonths(1)) {
            if (!paid.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }
}
