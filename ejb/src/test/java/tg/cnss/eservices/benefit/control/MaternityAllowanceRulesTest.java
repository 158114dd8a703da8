package tg.cnss.eservices.benefit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.benefit.control.MaternityAllowanceRules.Estimate;
import tg.cnss.eservices.benefit.control.MaternityAllowanceRules.Facts;
import tg.cnss.eservices.benefit.control.MaternityAllowanceRules.PayMonth;
import tg.cnss.eservices.kernel.Eligibility;

class MaternityAllowanceRulesTest {

    private static final LocalDate BIRTH = LocalDate.of(2026, 12, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
    private static final List<PayMonth> PAY = List.of(
            new PayMonth(YearMonth.of(2026, 7), 30, 150_000),
            new PayMonth(YearMonth.of(2026, 8), 30, 150_000),
            new PayMonth(YearMonth.of(2026, 9), 30, 150_000),
            new PayMonth(YearMonth.of(2026, 10), 30, 180_000),
            new PayMonth(YearMonth.of(2026, 11), 10, 60_000));

    @Test
    void registeredTwelveMonthsBeforeTheExpectedBirthToTheDayIsEnough() {
        Eligibility justEnough = MaternityAllowanceRules.eligibility(facts(LocalDate.of(2025, 12, 20), TODAY));
        assertTrue(justEnough.eligible(), justEnough.toString());
        Eligibility oneDayShort = MaternityAllowanceRules.eligibility(facts(LocalDate.of(2025, 12, 21), TODAY));
        assertFalse(oneDayShort.eligible());
        assertEquals(
                "Immatriculée depuis 12 mois : assurée depuis le 21/12/2025, mais il faut l'être depuis le 20/12/2025"
                        + " au plus tard (12 mois avant l'accouchement présumé du 20/12/2026).",
                oneDayShort.unmet().get(0));
    }

    @Test
    void aStopNotYetBegunIsNotAWorkStopped() {
        Eligibility early =
                MaternityAllowanceRules.eligibility(facts(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 9)));
        assertFalse(early.eligible());
        assertEquals(
                "Travail arrêté : votre arrêt commence le 10/11/2026 : déposez la demande une fois l'arrêt commencé.",
                early.unmet().get(0));
    }

    @Test
    void fourteenWeeksAtTheFullAverageDailyPayOfTheThreeMonthsBeforeTheStop() {
        Estimate estimate = MaternityAllowanceRules.estimate(facts(LocalDate.of(2020, 1, 1), TODAY));
        // August to October: 480 000 F for 90 days → 5 333,33 F a day; 98 days at 100 %
        assertEquals(5_333, estimate.dailyPay().value());
        assertEquals(BigDecimal.valueOf(100), estimate.ratePercent());
        assertEquals(98, estimate.days());
        assertEquals(522_667, estimate.amount().value());
    }

    @Test
    void aStopBeforeTheLawOfNovember2022IsPaidAtHalfRate() {
        Facts facts = new Facts(
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2022, 12, 1),
                LocalDate.of(2022, 10, 20),
                LocalDate.of(2023, 1, 25),
                List.of(
                        new PayMonth(YearMonth.of(2022, 7), 30, 90_000),
                        new PayMonth(YearMonth.of(2022, 8), 30, 90_000),
                        new PayMonth(YearMonth.of(2022, 9), 30, 90_000)),
                LocalDate.of(2022, 10, 21));
        Estimate estimate = MaternityAllowanceRules.estimate(facts);
        assertEquals(BigDecimal.valueOf(50), estimate.ratePercent());
        assertEquals(98, estimate.days());
        assertEquals(3_000 * 98 / 2, estimate.amount().value());
        Facts onTheDay = new Facts(
                facts.registeredSince(),
                facts.expectedBirth(),
                MaternityAllowanceRules.FULL_RATE_SINCE,
                null,
                facts.payMonths(),
                facts.today());
        assertEquals(
                BigDecimal.valueOf(100),
                MaternityAllowanceRules.estimate(onTheDay).ratePercent());
    }

    @Test
    void aShorterStopIsPaidForItsDaysAndMonthsWithoutDaysCountThirty() {
        Facts facts = new Facts(
                LocalDate.of(2015, 1, 1),
                BIRTH,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(
                        new PayMonth(YearMonth.of(2026, 8), 0, 90_000),
                        new PayMonth(YearMonth.of(2026, 9), 0, 90_000),
                        new PayMonth(YearMonth.of(2026, 10), 0, 90_000)),
                TODAY);
        Estimate estimate = MaternityAllowanceRules.estimate(facts);
        assertEquals(30, estimate.days());
        assertEquals(3_000, estimate.dailyPay().value());
        assertEquals(90_000, estimate.amount().value());
    }

    private static Facts facts(LocalDate registeredSince, LocalDate today) {
        return new Facts(registeredSince, BIRTH, LocalDate.of(2026, 11, 10), null, PAY, today);
    }
}
