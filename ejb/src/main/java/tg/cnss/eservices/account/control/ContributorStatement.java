package tg.cnss.eservices.account.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tg.cnss.eservices.kernel.Francs;

/**
 * The contributor account worked out from its ledger: each period's contributions (what was
 * declared, corrections included), the money received, and the late-payment surcharges
 * ({@link LateSurcharges}). Money is applied to the oldest debt first — a period's principal,
 * then its surcharge, then the next period — on the day the CNSS received it; money received
 * before a debt exists waits as an advance and settles the debt the day it is declared. The part
 * of a principal paid late carries the surcharge of the day it was paid; what is still unpaid
 * carries, as an estimate, the surcharge it would carry if paid on {@code asOf}.
 *
 * <p>Pure and deterministic: the same lines give the same statement on any server.
 */
public final class ContributorStatement {

    /** A line of the ledger that changes what a period owes (a declaration, or its reversal). */
    public record Movement(YearMonth period, LocalDate on, long amount, LocalDate dueDate) {
        public Movement {
            Objects.requireNonNull(period);
            Objects.requireNonNull(on);
        }
    }

    /** Money the CNSS received, on the day it received it. */
    public record Payment(String reference, LocalDate receivedOn, long amount) {
        public Payment {
            Objects.requireNonNull(receivedOn);
            if (amount <= 0) {
                throw new IllegalArgumentException("Paiement sans montant : " + reference);
            }
        }
    }

    /**
     * A period as the statement shows it: what was declared, paid, the surcharges (those of parts
     * paid late, and the estimate on what is still unpaid) and what is left to pay.
     */
    public record Period(
            YearMonth period,
            LocalDate dueDate,
            Francs principal,
            Francs principalPaid,
            Francs surcharge,
            Francs surchargePaid,
            Francs accruingSurcharge) {

        /** Principal and surcharges still owed on {@code asOf}, the estimate included. */
        public Francs balance() {
            return principal
                    .minus(principalPaid)
                    .plus(surcharge)
                    .minus(surchargePaid)
                    .plus(accruingSurcharge);
        }

        public Francs principalLeft() {
            return principal.minus(principalPaid);
        }
    }

    /** The periods, oldest first; {@code advance}: money received not yet owed anywhere. */
    public record Statement(LocalDate asOf, List<Period> periods, Francs advance) {

        public Francs totalBalance() {
            return periods.stream()
                    .map(Period::balance)
                    .reduce(Francs.ZERO, Francs::plus)
                    .minus(advance);
        }

        /**
         * What is owed past its due date on {@code asOf}, surcharges included: the arrears (a debt
         * not yet due is not one). Money received in advance has already gone to the oldest debts.
         */
        public Francs overdue() {
            return periods.stream()
                    .filter(period -> period.dueDate() != null && asOf.isAfter(period.dueDate()))
                    .map(Period::balance)
                    .reduce(Francs.ZERO, Francs::plus);
        }

        public Francs totalSurcharges() {
            return periods.stream()
                    .map(period -> period.surcharge().plus(period.accruingSurcharge()))
                    .reduce(Francs.ZERO, Francs::plus);
        }
    }

    private ContributorStatement() {}

    public static Statement of(List<Movement> movements, List<Payment> payments, LocalDate asOf) {
        Map<YearMonth, Account> accounts = new TreeMap<>();
        List<Event> events = new ArrayList<>();
        movements.forEach(movement -> events.add(new Event(movement.on(), 0, movement, null)));
        payments.forEach(payment -> events.add(new Event(payment.receivedOn(), 1, null, payment)));
        // Day by day; on one day the debts first, so that the day's money settles them.
        events.sort(Comparator.comparing(Event::on).thenComparing(Event::order));
        long[] credit = {0};
        for (Event event : events) {
            if (event.movement() != null) {
                Movement movement = event.movement();
                Account account = accounts.computeIfAbsent(movement.period(), Account::new);
                account.principal += movement.amount();
                if (movement.amount() > 0 && movement.dueDate() != null) {
                    account.due = movement.dueDate();
                }
                long overpaid = account.principalPaid - account.principal;
                if (overpaid > 0) {
                    // a correction lowered a principal already paid: the difference is credit again
                    account.principalPaid -= overpaid;
                    credit[0] += overpaid;
                }
            } else {
                credit[0] += event.payment().amount();
            }
            credit[0] = allocate(accounts, credit[0], event.on());
        }
        List<Period> periods = accounts.values().stream()
                .filter(Account::mattered)
                .map(account -> account.asPeriod(asOf))
                .toList();
        return new Statement(asOf, periods, Francs.of(credit[0]));
    }

    /** Applies {@code credit} to the oldest debts on {@code day}; returns what is left of it. */
    private static long allocate(Map<YearMonth, Account> accounts, long credit, LocalDate day) {
        for (Account account : accounts.values()) {
            if (credit == 0) {
                return 0;
            }
            long principal = Math.min(credit, account.principal - account.principalPaid);
            if (principal > 0) {
                account.principalPaid += principal;
                credit -= principal;
                if (account.due != null) {
                    account.surcharge += LateSurcharges.on(Francs.of(principal), account.due, day)
                            .value();
                }
            }
            long surcharge = Math.min(credit, account.surcharge - account.surchargePaid);
            if (surcharge > 0) {
                account.surchargePaid += surcharge;
                credit -= surcharge;
            }
        }
        return credit;
    }

    private record Event(LocalDate on, int order, Movement movement, Payment payment) {}

    /** A period while the ledger is read. */
    private static final class Account {
        final YearMonth period;
        LocalDate due;
        long principal;
        long principalPaid;
        long surcharge;
        long surchargePaid;

        Account(YearMonth period) {
            this.period = period;
        }

        boolean mattered() {
            return principal != 0 || principalPaid != 0 || surcharge != 0;
        }

        Period asPeriod(LocalDate asOf) {
            long unpaid = principal - principalPaid;
            long accruing = unpaid > 0 && due != null
                    ? LateSurcharges.on(Francs.of(unpaid), due, asOf).value()
                    : 0;
            return new Period(
                    period,
                    due,
                    Francs.of(principal),
                    Francs.of(principalPaid),
                    Francs.of(surcharge),
                    Francs.of(surchargePaid),
                    Francs.of(accruing));
        }
    }
}
