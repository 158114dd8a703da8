package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesInTwoGroupsOfFiveWithoutLookAlikes() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(RecoveryCodes.COUNT, codes.size());
        assertEquals(codes.size(), new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[" + RecoveryCodes.ALPHABET + "]{5}-[" + RecoveryCodes.ALPHABET + "]{5}"), code);
            assertTrue(code.chars().noneMatch(c -> "01OIL5S8B".indexOf(c) >= 0), code);
        }
    }

    @Test
    void theDigestForgivesCaseSpacesAndTheDashButNotAnotherAccount() {
        String code = RecoveryCodes.generate().get(0);
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(RecoveryCodes.digest(7, code), RecoveryCodes.digest(7, typed));
        assertNotEquals(RecoveryCodes.digest(7, code), RecoveryCodes.digest(8, code));
    }

    @Test
    void toldApartFromSixDigitCodes() {
        assertTrue(RecoveryCodes.looksLikeOne("ACDEF-GHJKM"));
        assertTrue(RecoveryCodes.looksLikeOne("acdefghjkm"));
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
        assertFalse(RecoveryCodes.looksLikeOne("1234567890"));
        assertFalse(RecoveryCodes.looksLikeOne(null));
    }
}
