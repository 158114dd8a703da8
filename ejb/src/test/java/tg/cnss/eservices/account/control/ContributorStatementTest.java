package tg.cnss.eservices.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.account.control.ContributorStatement.Movement;
import tg.cnss.eservices.account.control.ContributorStatement.Payment;
import tg.cnss.eservices.account.control.ContributorStatement.Period;
import tg.cnss.eservices.account.control.ContributorStatement.Statement;

class ContributorStatementTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final LocalDate JANUARY_DUE = LocalDate.of(2026, 2, 15);
    private static final LocalDate FEBRUARY_DUE = LocalDate.of(2026, 3, 15);

    @Test
    void theWorkedExampleOfTheLaw() {
        // 100 000 F due 15/02, paid 20/06 → 5 000 + 2 × 1 000 = 7 000 F, still owed after the payment.
        Statement statement = ContributorStatement.of(
                List.of(new Movement(JANUARY, LocalDate.of(2026, 2, 10), 100_000, JANUARY_DUE)),
                List.of(new Payment("P1", LocalDate.of(2026, 6, 20), 100_000)),
                LocalDate.of(2026, 6, 30));
        Period january = statement.periods().get(0);
        assertEquals(100_000, january.principalPaid().value());
        assertEquals(7_000, january.surcharge().value());
        assertEquals(0, january.accruingSurcharge().value());
        assertEquals(7_000, statement.totalBalance().value());
    }

    @Test
    void paidOnTheDueDateCarriesNoSurchargeAndTheRestWaitsAsAnAdvance() {
        Statement statement = ContributorStatement.of(
                List.of(new Movement(JANUARY, LocalDate.of(2026, 2, 1), 80_000, JANUARY_DUE)),
                List.of(new Payment("P1", JANUARY_DUE, 100_000)),
                LocalDate.of(2026, 12, 1));
        assertEquals(0, statement.periods().get(0).balance().value());
        assertEquals(20_000, statement.advance().value());
        assertEquals(-20_000, statement.totalBalance().value());
    }

    @Test
    void moneyGoesToTheOldestPeriodPrincipalThenSurchargeThenTheNext() {
        Statement statement = ContributorStatement.of(
                List.of(
                        new Movement(JANUARY, LocalDate.of(2026, 2, 5), 100_000, JANUARY_DUE),
                        new Movement(FEBRUARY, LocalDate.of(2026, 3, 5), 50_000, FEBRUARY_DUE)),
                // 20/02: January is 5 days late (5 % = 5 000); February is not due yet.
                List.of(new Payment("P1", LocalDate.of(2026, 2, 20), 130_000)),
                LocalDate.of(2026, 3, 1));
        Period january = statement.periods().get(0);
        Period february = statement.periods().get(1);
        assertEquals(100_000, january.principalPaid().value());
        assertEquals(5_000, january.surcharge().value());
        assertEquals(5_000, january.surchargePaid().value());
        assertEquals(25_000, february.principalPaid().value(), "the rest to the next period");
        assertEquals(25_000, february.balance().value(), "not due yet on 01/03: nothing accrues");
    }

    @Test
    void aPartPaymentLeavesTheRestAccruingItsOwnSurcharge() {
        Statement statement = ContributorStatement.of(
                List.of(new Movement(JANUARY, LocalDate.of(2026, 2, 5), 100_000, JANUARY_DUE)),
                List.of(new Payment("P1", LocalDate.of(2026, 3, 1), 40_000)),
                LocalDate.of(2026, 6, 20));
        Period january = statement.periods().get(0);
        assertEquals(2_000, january.surcharge().value(), "5 % of the 40 000 paid on 01/03");
        assertEquals(0, january.surchargePaid().value());
        // the 60 000 still unpaid on 20/06: 5 % + 2 × 1 % = 4 200
        assertEquals(4_200, january.accruingSurcharge().value());
        assertEquals(60_000 + 2_000 + 4_200, january.balance().value());
    }

    @Test
    void anAdvanceSettlesADebtTheDayItIsDeclared() {
        Statement statement = ContributorStatement.of(
                List.of(new Movement(FEBRUARY, LocalDate.of(2026, 3, 10), 50_000, FEBRUARY_DUE)),
                List.of(new Payment("P1", LocalDate.of(2026, 3, 1), 50_000)),
                LocalDate.of(2026, 9, 1));
        assertEquals(0, statement.totalBalance().value());
        assertEquals(0, statement.totalSurcharges().value());
    }

    @Test
    void aCorrectionBelowWhatWasPaidGivesTheDifferenceBack() {
        Statement statement = ContributorStatement.of(
                List.of(
                        new Movement(JANUARY, LocalDate.of(2026, 2, 5), 100_000, JANUARY_DUE),
                        new Movement(JANUARY, LocalDate.of(2026, 2, 12), -100_000, JANUARY_DUE),
                        new Movement(JANUARY, LocalDate.of(2026, 2, 12), 90_000, JANUARY_DUE)),
                List.of(new Payment("P1", LocalDate.of(2026, 2, 10), 100_000)),
                LocalDate.of(2026, 4, 1));
        assertEquals(90_000, statement.periods().get(0).principalPaid().value());
        assertEquals(10_000, statement.advance().value());
    }

    @Test
    void aDueDateOnASundayStaysTheFifteenth() {
        // 15/02/2026 is a Sunday: money received on Monday 16/02 is late by the law's text.
        assertEquals(java.time.DayOfWeek.SUNDAY, JANUARY_DUE.getDayOfWeek());
        Statement statement = ContributorStatement.of(
                List.of(new Movement(JANUARY, LocalDate.of(2026, 2, 2), 100_000, JANUARY_DUE)),
                List.of(new Payment("P1", LocalDate.of(2026, 2, 16), 105_000)),
                LocalDate.of(2026, 3, 1));
        assertEquals(5_000, statement.periods().get(0).surcharge().value());
        assertEquals(0, statement.totalBalance().value());
    }

    @Test
    void onlyWhatIsPastItsDueDateIsInArrears() {
        // January unpaid and late (its 5 % with it); February declared but not due until 15/03.
        Statement statement = ContributorStatement.of(
                List.of(
                        new Movement(JANUARY, LocalDate.of(2026, 2, 5), 100_000, JANUARY_DUE),
                        new Movement(FEBRUARY, LocalDate.of(2026, 3, 1), 50_000, FEBRUARY_DUE)),
                List.of(),
                LocalDate.of(2026, 3, 2));
        assertEquals(105_000, statement.overdue().value());
        assertEquals(155_000, statement.totalBalance().value());
        // On the due date itself nothing is late yet.
        Statement onTheDay = ContributorStatement.of(
                List.of(new Movement(JANUARY, LocalDate.of(2026, 2, 5), 100_000, JANUARY_DUE)), List.of(), JANUARY_DUE);
        assertEquals(0, onTheDay.overdue().value());
    }
}
