package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HumanCheckTest {

    @Test
    void aSumIsAskedInWordsAndAnsweredInDigitsOrWords() {
        HumanCheck check = new HumanCheck(7, 3, true);
        assertEquals("Combien font sept plus trois ?", check.question());
        assertTrue(check.accepts("10"));
        assertTrue(check.accepts(" 10 "));
        assertTrue(check.accepts("Dix"));
        assertFalse(check.accepts("11"));
        assertFalse(check.accepts(""));
        assertFalse(check.accepts(null));
    }

    @Test
    void compoundNumbersAndAccentsAreReadAsPeopleTypeThem() {
        HumanCheck check = new HumanCheck(9, 8, true);
        assertTrue(check.accepts("dix-sept"));
        assertTrue(check.accepts("dix sept"));
        HumanCheck zero = new HumanCheck(4, 4, false);
        assertEquals("Combien font quatre moins quatre ?", zero.question());
        assertTrue(zero.accepts("zero"));
        assertTrue(zero.accepts("0"));
    }

    @Test
    void aNewQuestionNeverHasANegativeAnswer() {
        for (int i = 0; i < 500; i++) {
            HumanCheck check = HumanCheck.next();
            assertTrue(
                    java.util.stream.IntStream.rangeClosed(0, 20).anyMatch(n -> check.accepts(Integer.toString(n))),
                    check.question());
        }
    }
}
