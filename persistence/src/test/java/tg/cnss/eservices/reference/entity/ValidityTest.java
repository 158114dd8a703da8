package tg.cnss.eservices.reference.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

    @Test
    void includesBothEnds() {
        Validity smig2012 = new Validity(LocalDate.of(2012, 5, 1), LocalDate.of(2022, 12, 31));
        assertTrue(smig2012.covers(LocalDate.of(2012, 5, 1)));
        assertTrue(smig2012.covers(LocalDate.of(2022, 12, 31)));
        assertFalse(smig2012.covers(LocalDate.of(2012, 4, 30)));
        assertFalse(smig2012.covers(LocalDate.of(2023, 1, 1)));
    }

    @Test
    void openEndsReachForever() {
        assertTrue(new Validity(null, LocalDate.of(2012, 6, 26)).covers(LocalDate.of(1990, 1, 1)));
        assertTrue(new Validity(LocalDate.of(2023, 1, 1), null).covers(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThrows(
                IllegalArgumentException.class, () -> new Validity(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
    }
}
