package tg.cnss.eservices.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.Francs;

/** CSS art. 17 as domain-rules.md §2 states it, with its worked example. */
class LateSurchargesTest {

    private static final Francs HUNDRED_THOUSAND = Francs.of(100_000);
    private static final LocalDate DUE = LocalDate.of(2026, 2, 15);

    @Test
    void theWorkedExample() {
        // Due 15/02, paid 20/06: 5 000 + 2 × 1 000.
        assertEquals(Francs.of(7_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 6, 20)));
    }

    @Test
    void nothingOnTheDueDateFivePercentTheDayAfter() {
        assertEquals(Francs.ZERO, LateSurcharges.on(HUNDRED_THOUSAND, DUE, DUE));
        assertEquals(Francs.ZERO, LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 1, 31)));
        assertEquals(Francs.of(5_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 2, 16)));
    }

    @Test
    void onePercentPerMonthOrPartOfAMonthOnceThreeMonthsHavePassed() {
        assertEquals(Francs.of(5_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 5, 15)));
        assertEquals(Francs.of(6_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 5, 16)));
        assertEquals(Francs.of(6_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 6, 15)));
        assertEquals(Francs.of(7_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2026, 6, 16)));
        assertEquals(
                Francs.of(5_000 + 12 * 1_000), LateSurcharges.on(HUNDRED_THOUSAND, DUE, LocalDate.of(2027, 5, 15)));
        assertEquals(LocalDate.of(2026, 5, 15), LateSurcharges.monthlyFrom(DUE));
    }

    @Test
    void eachPartIsRoundedHalfUpToTheFranc() {
        // 5 % of 30 = 1,5 → 2; 1 % of 30 = 0,3 → 0 a month.
        assertEquals(Francs.of(2), LateSurcharges.on(Francs.of(30), DUE, LocalDate.of(2026, 7, 1)));
        // 5 % of 150 = 7,5 → 8; 1 % of 150 = 1,5 → 2, twice.
        assertEquals(Francs.of(12), LateSurcharges.on(Francs.of(150), DUE, LocalDate.of(2026, 6, 20)));
    }

    @Test
    void monthEndsAreCountedAsTheCalendarDoes() {
        LocalDate endOfJanuary = LocalDate.of(2026, 1, 31);
        // Three months after 31/01 is 30/04; the 1 % runs from the day after.
        assertEquals(0, LateSurcharges.monthlyCount(endOfJanuary, LocalDate.of(2026, 4, 30)));
        assertEquals(1, LateSurcharges.monthlyCount(endOfJanuary, LocalDate.of(2026, 5, 1)));
    }
}
