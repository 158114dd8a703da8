package tg.cnss.eservices.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.Francs;

class VoluntaryInsuranceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate BORN = LocalDate.of(1980, 5, 10);

    @Test
    void sixConsecutiveMonthsLeftLessThanAYearAgoUnderSixtyInTogoIsEligible() {
        var eligibility = VoluntaryInsuranceRules.of(facts(months(2025, 10, 6), LocalDate.of(2026, 3, 31), true));
        assertTrue(eligibility.eligible(), eligibility.toString());
        assertEquals(
                "emploi quitté le 31/03/2026 : demande possible jusqu'au 31/03/2027.",
                eligibility.checks().get(1).explanation());
    }

    @Test
    void fiveConsecutiveMonthsAreNotEnoughEvenWithMoreInAll() {
        List<YearMonth> months = new ArrayList<>(months(2024, 1, 5));
        months.addAll(months(2024, 7, 5));
        var check = VoluntaryInsuranceRules.of(facts(months, LocalDate.of(2024, 11, 30), true))
                .checks()
                .get(0);
        assertFalse(check.met());
        assertEquals(
                "5 mois consécutifs au plus dans votre compte (de janvier 2024 à mai 2024) : il en faut 6.",
                check.explanation());
    }

    @Test
    void twelveMonthsAfterLeavingIsTheLastDay() {
        LocalDate left = TODAY.minusMonths(12);
        assertTrue(VoluntaryInsuranceRules.of(facts(months(2024, 1, 12), left, true))
                .checks()
                .get(1)
                .met());
        var late = VoluntaryInsuranceRules.of(facts(months(2024, 1, 12), left.minusDays(1), true))
                .checks()
                .get(1);
        assertFalse(late.met());
        assertEquals(
                "emploi quitté le 01/12/2025 : la demande devait être faite au plus tard le 01/12/2026.",
                late.explanation());
    }

    @Test
    void aWageDeclaredAfterTheDayWorkEndedIsNotALeaving() {
        var check = VoluntaryInsuranceRules.of(facts(months(2026, 1, 10), LocalDate.of(2026, 6, 30), true))
                .checks()
                .get(1);
        assertFalse(check.met());
        assertTrue(
                check.explanation().startsWith("votre compte porte un salaire pour octobre 2026"), check.explanation());
    }

    @Test
    void sixtyYearsOldIsTooOldFiftyNineIsNot() {
        assertFalse(VoluntaryInsuranceRules.of(new VoluntaryInsuranceRules.Facts(
                        TODAY, TODAY.minusYears(60), months(2025, 1, 12), TODAY.minusMonths(1), true))
                .checks()
                .get(2)
                .met());
        assertTrue(VoluntaryInsuranceRules.of(new VoluntaryInsuranceRules.Facts(
                        TODAY, TODAY.minusYears(60).plusDays(1), months(2025, 1, 12), TODAY.minusMonths(1), true))
                .checks()
                .get(2)
                .met());
    }

    @Test
    void livingAbroadOrNotAnsweringIsNotMet() {
        assertFalse(VoluntaryInsuranceRules.of(facts(months(2025, 10, 6), LocalDate.of(2026, 3, 31), false))
                .eligible());
        assertEquals(
                "dites si vous résidez au Togo.",
                VoluntaryInsuranceRules.of(facts(months(2025, 10, 6), LocalDate.of(2026, 3, 31), null))
                        .checks()
                        .get(3)
                        .explanation());
    }

    @Test
    void theContributionIsTheRateOfTheIncomeRoundedToTheFranc() {
        assertEquals(
                Francs.of(8_707), VoluntaryInsuranceRules.contribution(Francs.of(52_771), new BigDecimal("16.50")));
        assertEquals(LocalDate.of(2026, 3, 31), VoluntaryInsuranceRules.suggestedLeavingDay(months(2025, 10, 6)));
    }

    private static VoluntaryInsuranceRules.Facts facts(List<YearMonth> months, LocalDate left, Boolean inTogo) {
        return new VoluntaryInsuranceRules.Facts(TODAY, BORN, months, left, inTogo);
    }

    private static List<YearMonth> months(int year, int month, int count) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            months.add(YearMonth.of(year, month).plusMonths(i));
        }
        return months;
    }
}
