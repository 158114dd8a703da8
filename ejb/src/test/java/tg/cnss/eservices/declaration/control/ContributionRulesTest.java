package tg.cnss.eservices.declaration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.reference.entity.ContributionBranch;
import tg.cnss.eservices.reference.entity.ContributionPayer;
import tg.cnss.eservices.reference.entity.Validity;

/**
 * domain-rules.md §1 against the rates the portal really loads: the rows of the schema migration
 * that fills {@code contribution_rate}, read from the persistence module.
 */
class ContributionRulesTest {

    private static final List<RateInForce> RATES = ratesOfTheMigration();

    @Test
    void twoHundredThousandFrancsIn2024() {
        ContributionCalculation month = ContributionRules.compute(YearMonth.of(2024, 3), 4, Francs.of(200_000), RATES);

        assertEquals(Francs.of(35_000), month.employerCnss());
        assertEquals(Francs.of(8_000), month.employeeCnss());
        assertEquals(Francs.of(10_000), month.employerAmu());
        assertEquals(Francs.of(10_000), month.employeeAmu());
        assertEquals(Francs.of(63_000), month.total());
        assertEquals(
                List.of(
                        "PF EMPLOYER 6000",
                        "RP EMPLOYER 4000",
                        "PENSIONS EMPLOYER 25000",
                        "PENSIONS EMPLOYEE 8000",
                        "AMU EMPLOYER 10000",
                        "AMU EMPLOYEE 10000"),
                month.lines().stream()
                        .map(line -> line.branch() + " " + line.payer() + " "
                                + line.amount().value())
                        .toList(),
                "one line per branch and payer, in the order of the form");
        assertEquals(LocalDate.of(2024, 4, 15), month.dueDate());
    }

    @Test
    void a2011MonthUsesTheRatesBeforeTheDecreeOf27June2012AndNoAmu() {
        ContributionCalculation month = ContributionRules.compute(YearMonth.of(2011, 5), 1, Francs.of(200_000), RATES);

        // PF 6 %, RP 2,5 %, pensions 8 % for the employer; 4 % for the employee.
        assertEquals(Francs.of(12_000 + 5_000 + 16_000), month.employerCnss());
        assertEquals(Francs.of(8_000), month.employeeCnss());
        assertFalse(month.hasAmu());
    }

    @Test
    void theRatesOfAMonthAreThoseInForceOnItsLastDay() {
        assertEquals(
                Francs.of(35_000),
                ContributionRules.compute(YearMonth.of(2012, 6), 1, Francs.of(200_000), RATES)
                        .employerCnss(),
                "June 2012 ends after the decree of 27/06/2012");
        assertEquals(
                Francs.of(33_000),
                ContributionRules.compute(YearMonth.of(2012, 5), 1, Francs.of(200_000), RATES)
                        .employerCnss());
        assertFalse(ContributionRules.compute(YearMonth.of(2023, 12), 1, Francs.of(200_000), RATES)
                .hasAmu());
        assertTrue(ContributionRules.compute(YearMonth.of(2024, 1), 1, Francs.of(200_000), RATES)
                .hasAmu());
    }

    @Test
    void eachLineIsRoundedHalfUpToTheFranc() {
        // 3 % of 50 = 1,5 → 2; 2 % of 50 = 1; 12,5 % of 50 = 6,25 → 6; 4 % of 50 = 2; 5 % of 50 = 2,5 → 3 (twice).
        ContributionCalculation month = ContributionRules.compute(YearMonth.of(2025, 1), 1, Francs.of(50), RATES);
        assertEquals(
                List.of(2L, 1L, 6L, 2L, 3L, 3L),
                month.lines().stream().map(line -> line.amount().value()).toList());
        assertEquals(Francs.of(17), month.total(), "the total is the sum of the rounded lines");
        // 12,5 % of 100 004 = 12 500,5 → 12 501.
        assertEquals(Francs.of(12_501), Francs.of(100_004).percent(new BigDecimal("12.5")));
    }

    @Test
    void aZeroPayrollOwesNothingAndDueDatesFollowTheMonth() {
        assertEquals(
                Francs.ZERO,
                ContributionRules.compute(YearMonth.of(2026, 2), 0, Francs.ZERO, RATES)
                        .total());
        assertEquals(LocalDate.of(2027, 1, 15), ContributionRules.dueDateOf(YearMonth.of(2026, 12)));
        assertEquals(LocalDate.of(2026, 2, 28), ContributionRules.rateDayOf(YearMonth.of(2026, 2)));
    }

    @Test
    void aMonthWithoutAnyRateIsAnErrorNotAZero() {
        List<RateInForce> onlyRecent = RATES.stream()
                .filter(rate -> rate.validity().getValidFrom() != null)
                .toList();
        assertThrows(
                IllegalStateException.class,
                () -> ContributionRules.compute(YearMonth.of(2005, 1), 1, Francs.of(100_000), onlyRecent));
    }

    @Test
    void theLinesSayTheirRateAsTheFormDoes() {
        ComputedLine pensions = new ComputedLine(
                ContributionBranch.PENSIONS, ContributionPayer.EMPLOYER, new BigDecimal("12.500"), Francs.of(1));
        assertEquals("12,5\u00a0%", pensions.rateLabel());
    }

    /** The contribution_rate rows of the migration V2, as (branch, payer, rate, from, to). */
    private static List<RateInForce> ratesOfTheMigration() {
        String sql;
        try (InputStream in = ContributionRulesTest.class.getResourceAsStream("/db/migration/V2__reference_data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("migration V2 introuvable sur le classpath", e);
        }
        Matcher row = Pattern.compile(
                        "\\(\\d+, '(\\w+)', '(\\w+)', ([\\d.]+), (NULL|'[\\d-]+'), (NULL|'[\\d-]+'), '[^']*'\\)")
                .matcher(sql);
        List<RateInForce> rates = new ArrayList<>();
        while (row.find()) {
            rates.add(new RateInForce(
                    ContributionBranch.valueOf(row.group(1)),
                    ContributionPayer.valueOf(row.group(2)),
                    new BigDecimal(row.group(3)),
                    new Validity(day(row.group(4)), day(row.group(5)))));
        }
        assertEquals(14, rates.size(), "the 14 rates of the migration");
        return rates;
    }

    private static LocalDate day(String sql) {
        return sql.equals("NULL") ? null : LocalDate.parse(sql.substring(1, sql.length() - 1));
    }
}
