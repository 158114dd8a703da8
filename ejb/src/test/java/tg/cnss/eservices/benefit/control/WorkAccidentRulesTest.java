package tg.cnss.eservices.benefit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkAccidentRulesTest {

    @Test
    void theEmployerHasThreeWorkingDaysSundaysNotCounted() {
        // Monday → Thursday; Thursday → Monday (Sunday skipped); Saturday → Wednesday
        assertEquals(LocalDate.of(2026, 12, 3), WorkAccidentRules.employerDeadline(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2026, 12, 7), WorkAccidentRules.employerDeadline(LocalDate.of(2026, 12, 3)));
        assertEquals(LocalDate.of(2026, 12, 9), WorkAccidentRules.employerDeadline(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void theVictimHasTwoYearsToTheDay() {
        assertEquals(
                LocalDate.of(2028, 2, 29),
                WorkAccidentRules.victimDeadline(LocalDate.of(2026, 2, 28)).plusDays(1));
        assertEquals(LocalDate.of(2028, 12, 3), WorkAccidentRules.victimDeadline(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void theSeniorityIsWrittenInYearsAndMonths() {
        assertEquals(
                "3 ans et 2 mois", WorkAccidentRules.seniority(LocalDate.of(2023, 9, 1), LocalDate.of(2026, 11, 15)));
        assertEquals("1 an", WorkAccidentRules.seniority(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 11, 15)));
        assertEquals("5 mois", WorkAccidentRules.seniority(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 15)));
        assertEquals(
                "moins d'un mois", WorkAccidentRules.seniority(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)));
    }
}
