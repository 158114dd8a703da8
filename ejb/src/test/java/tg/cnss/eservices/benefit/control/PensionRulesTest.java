package tg.cnss.eservices.benefit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.benefit.control.PensionRules.Outcome;
import tg.cnss.eservices.benefit.control.PensionRules.Parameters;
import tg.cnss.eservices.benefit.control.PensionRules.Simulation;

class PensionRulesTest {

    private static final LocalDate BORN = LocalDate.of(1966, 5, 10);
    private static final LocalDate AT_60 = BORN.plusYears(60);

    @Test
    void sixtyYearsAndOneHundredEightyMonthsOpenThePensionAtTwentyPercent() {
        Simulation pension = simulate(AT_60, months(180, 200_000));
        assertEquals(Outcome.PENSION, pension.outcome());
        assertEquals(40_000, pension.monthlyPension().value(), "20 % of 200 000");
        assertEquals(PensionRules.VERSION, pension.version());
        assertTrue(
                pension.unconfirmed().get(0).startsWith("majoration de 1 % par 12 mois"),
                pension.unconfirmed().toString());
        assertTrue(pension.figures().stream()
                .anyMatch(
                        f -> f.label().equals("Taux de la pension") && f.value().equals("20 %")));
    }

    @Test
    void theDayBeforeSixtyOrAMonthShortIsNotAPension() {
        Simulation dayBefore = simulate(AT_60.minusDays(1), months(180, 200_000));
        assertEquals(Outcome.EARLY_PENSION, dayBefore.outcome(), "59 years: early, reduced by 5 %");
        assertEquals(38_000, dayBefore.monthlyPension().value());
        Simulation monthShort = simulate(AT_60, months(179, 200_000));
        assertEquals(Outcome.OLD_AGE_ALLOWANCE, monthShort.outcome());
        assertEquals(0, monthShort.monthlyPension().value());
        assertEquals(14 * 200_000, monthShort.lumpSum().value(), "one average wage per 12 months: 14 × 200 000");
    }

    @Test
    void eachFullTwelveMonthsBeyondOneHundredEightyAddOnePercentUpToTheCap() {
        assertEquals(
                40_000, simulate(AT_60, months(191, 200_000)).monthlyPension().value(), "11 months: no increment");
        assertEquals(
                42_000, simulate(AT_60, months(192, 200_000)).monthlyPension().value(), "21 %");
        assertEquals(
                80_000, simulate(AT_60, months(420, 200_000)).monthlyPension().value(), "40 %, the cap");
        assertEquals(
                80_000, simulate(AT_60, months(500, 200_000)).monthlyPension().value(), "still 40 %");
    }

    @Test
    void earlyFromFiftyFiveLosesFivePercentAYearBeforeSixty() {
        assertEquals(
                Outcome.NOTHING_YET,
                simulate(BORN.plusYears(55).minusDays(1), months(300, 100_000)).outcome());
        Simulation at55 = simulate(BORN.plusYears(55), months(300, 100_000));
        assertEquals(Outcome.EARLY_PENSION, at55.outcome());
        // 20 % + 10 × 1 % = 30 % of 100 000 = 30 000, less 5 × 5 % = 25 % → 22 500
        assertEquals(22_500, at55.monthlyPension().value());
        assertEquals(
                28_500,
                simulate(BORN.plusYears(59), months(300, 100_000))
                        .monthlyPension()
                        .value(),
                "− 5 %");
        Simulation tooFewMonths = simulate(BORN.plusYears(57), months(179, 100_000));
        assertEquals(Outcome.NOTHING_YET, tooFewMonths.outcome());
        assertTrue(tooFewMonths.verdict().contains("il faut 180 mois"), tooFewMonths.verdict());
    }

    @Test
    void lessThanTwelveMonthsAtSixtyGivesNothing() {
        Simulation nothing = simulate(AT_60, months(11, 100_000));
        assertEquals(Outcome.NOTHING_YET, nothing.outcome());
        assertEquals(0, nothing.lumpSum().value());
        assertEquals(100_000, simulate(AT_60, months(12, 100_000)).lumpSum().value(), "12 months: one average wage");
    }

    @Test
    void theAverageIsTheMoreFavourableOfTheLastThirtySixOrSixtyMonths() {
        List<Long> wages = new ArrayList<>(months(144, 100_000));
        wages.addAll(months(24, 300_000)); // a better paid end of career…
        wages.addAll(months(12, 60_000)); // …then a last year paid less
        // last 36: (24 × 300 000 + 12 × 60 000) / 36 = 220 000; last 60: (24 × 100 000 + 24 × 300 000 + 12 × 60 000) /
        // 60 = 172 000
        assertEquals(220_000, PensionRules.averageWage(wages, List.of(36, 60)).value());
        assertEquals(172_000, PensionRules.averageWage(wages, List.of(60)).value());
        assertEquals(44_000, simulate(AT_60, wages).monthlyPension().value());
    }

    @Test
    void prematureWearAtFiftySevenIsAnEarlyPensionWithoutReduction() {
        Simulation worn = PensionRules.simulate(
                BORN, BORN.plusYears(57), months(180, 200_000), PensionType.PREMATURE_WEAR.parameters());
        assertEquals(PensionRules.Outcome.EARLY_PENSION, worn.outcome());
        assertEquals(40_000, worn.monthlyPension().value(), "20 % of 200 000 F, no 15 % off");
        assertTrue(worn.verdict().startsWith("Pension anticipée sans réduction"), worn.verdict());
        assertTrue(worn.figures().stream().noneMatch(figure -> figure.label().startsWith("Réduction")));
        assertTrue(PensionType.PREMATURE_WEAR.fits(worn.outcome()));
        assertFalse(PensionType.OLD_AGE.fits(worn.outcome()));
    }

    private static Simulation simulate(LocalDate at, List<Long> wages) {
        return PensionRules.simulate(BORN, at, wages, Parameters.CURRENT);
    }

    private static List<Long> months(int count, long wage) {
        return Collections.nCopies(count, wage);
    }
}
