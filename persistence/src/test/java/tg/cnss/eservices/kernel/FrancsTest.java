package tg.cnss.eservices.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrancsTest {

    @Test
    void theDomainRulesExampleOf2024() {
        Francs gross = Francs.of(200_000);
        assertEquals(Francs.of(35_000), gross.percent(new BigDecimal("17.5")));
        assertEquals(Francs.of(8_000), gross.percent(new BigDecimal("4")));
        assertEquals(Francs.of(10_000), gross.percent(new BigDecimal("5")));
    }

    @Test
    void eachLineIsRoundedHalfUpToTheFranc() {
        assertEquals(Francs.of(13), Francs.of(101).percent(new BigDecimal("12.5")), "12,625 → 13");
        assertEquals(Francs.of(4), Francs.of(100).percent(new BigDecimal("3.5")), "3,5 → 4");
        assertEquals(Francs.of(3), Francs.of(99).percent(new BigDecimal("3.5")), "3,465 → 3");
    }

    @Test
    void sumsNeverOverflowSilently() {
        assertEquals(Francs.of(7_000), Francs.of(5_000).plus(Francs.of(1_000).times(2)));
        assertTrue(Francs.of(1).minus(Francs.of(2)).isNegative());
        assertThrows(ArithmeticException.class, () -> Francs.of(Long.MAX_VALUE).plus(Francs.of(1)));
    }

    @Test
    void displayedWithFrenchTypography() {
        assertEquals("1\u202f250\u202f000\u00a0FCFA", Francs.of(1_250_000).display());
        assertEquals("0\u00a0FCFA", Francs.ZERO.display());
        assertTrue(Francs.of(52_500).isLessThan(Francs.of(52_501)));
    }

    @Test
    void amountsAreReadAsPeopleAndSpreadsheetsWriteThem() {
        for (String typed : new String[] {
            "1250000",
            "1 250 000",
            " 1\u00a0250\u202f000 ",
            "1.250.000",
            "1 250 000 FCFA",
            "1250000 F",
            "1250000 f cfa",
            "1 250 000 XOF"
        }) {
            assertEquals(Francs.of(1_250_000), Francs.parse(typed), typed);
        }
        assertEquals(Francs.ZERO, Francs.parse("0"));
        assertEquals(Francs.of(1_500), Francs.parse("1.500"), "a dot between thousands");
        for (String wrong : new String[] {
            "", "  ", "1,5", "1.5", "12.50", "-100", "+100", "abc", "1e6", "12 500,00", "1234567890123456"
        }) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> Francs.parse(wrong), wrong);
            assertEquals(
                    "un montant en francs CFA, en chiffres et sans décimales (par exemple 1 250 000).",
                    refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Francs.parse(null));
    }
}
