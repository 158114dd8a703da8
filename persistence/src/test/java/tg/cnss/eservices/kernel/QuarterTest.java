package tg.cnss.eservices.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterHoldsThreeMonths() {
        Quarter second = Quarter.of(YearMonth.of(2026, 5));
        assertEquals(new Quarter(2026, 2), second);
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)), second.months());
        assertTrue(second.contains(YearMonth.of(2026, 6)));
        assertFalse(second.contains(YearMonth.of(2026, 7)));
        assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void quartersFollowEachOtherAcrossYears() {
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertTrue(new Quarter(2025, 4).compareTo(new Quarter(2026, 1)) < 0);
    }

    @Test
    void writtenAndReadAsT2Year() {
        assertEquals("T2 2026", new Quarter(2026, 2).code());
        assertEquals("1er trimestre 2026", new Quarter(2026, 1).label());
        assertEquals("3e trimestre 2026", new Quarter(2026, 3).label());
        assertEquals(new Quarter(2026, 2), Quarter.parse(" t2-2026 "));
        assertEquals(new Quarter(2026, 4), Quarter.parse("T4/2026"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Quarter.parse("T5 2026"))
                .getMessage()
                .startsWith("Trimestre invalide"));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 0));
    }
}
