package tg.cnss.eservices.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+228 90 12 34 56", "90123456", "90.12.34.56", "00228-90-12-34-56", "(+228) 9012 3456"})
    void theUsualWaysOfWritingANumberAreRead(String typed) {
        PhoneNumber number = PhoneNumber.parse(typed);
        assertEquals("+22890123456", number.e164());
        assertEquals("+228 90 12 34 56", number.display());
    }

    @Test
    void fixedLinesAreNumbersToo() {
        assertEquals("+22822210000", PhoneNumber.parse("22 21 00 00").e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9012345", "901234567", "+233 24 123 4567", "80123456", "abcdefgh", "+228 94 12 34 56"})
    void anythingElseIsRefusedInFrench(String typed) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(typed));
        assertEquals(
                "Numéro de téléphone togolais invalide : +228 suivi de 8 chiffres (fixe 22 à 27, mobile 70, 71, 79,"
                        + " 90 à 93, 96 à 99).",
                refused.getMessage());
    }
}
