package tg.cnss.eservices.benefit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.Francs;

class FamilyAllowanceRulesTest {

    private static final FamilyAllowanceRules.Parameters RULE =
            new FamilyAllowanceRules.Parameters(Francs.of(2_000), 15, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aChildCountsUntilTheDayBeforeTheBirthdayOfTheAgeLimit() {
        var turningToday = FamilyAllowanceRules.on(
                TODAY, List.of(new FamilyAllowanceRules.Declared("Aïcha", TODAY.minusYears(15))), RULE);
        assertEquals(0, turningToday.counted());
        assertEquals("a atteint la limite d'âge", turningToday.children().get(0).note());
        var tomorrow = FamilyAllowanceRules.on(
                TODAY,
                List.of(new FamilyAllowanceRules.Declared(
                        "Aïcha", TODAY.minusYears(15).plusDays(1))),
                RULE);
        assertEquals(1, tomorrow.counted());
        assertEquals(Francs.of(2_000), tomorrow.monthly());
        assertEquals(TODAY.plusDays(1), tomorrow.children().get(0).until());
    }

    @Test
    void beyondTheMostChildrenTheEldestAreNotCounted() {
        var allowance = FamilyAllowanceRules.on(
                TODAY,
                List.of(
                        new FamilyAllowanceRules.Declared("Aîné", LocalDate.of(2014, 3, 1)),
                        new FamilyAllowanceRules.Declared("Cadet", LocalDate.of(2018, 5, 9)),
                        new FamilyAllowanceRules.Declared("Benjamin", LocalDate.of(2023, 1, 20))),
                RULE);
        assertEquals(2, allowance.counted());
        assertEquals(Francs.of(4_000), allowance.monthly());
        var eldest = allowance.children().get(0);
        assertEquals("Aîné", eldest.name(), "listed from the eldest");
        assertFalse(eldest.counted());
        assertEquals("au-delà des 2 enfants comptés", eldest.note());
        assertTrue(allowance.children().get(2).counted());
    }
}
