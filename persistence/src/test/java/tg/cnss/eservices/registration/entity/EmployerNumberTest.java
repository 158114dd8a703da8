package tg.cnss.eservices.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployerNumberTest {

    @Test
    void keyFollowsMod97_10SoThatTheWholeNumberLeavesOne() {
        EmployerNumber number = new EmployerNumber(12_345_678L);
        long whole = 12_345_678L * 100 + number.key();
        assertEquals(1, whole % 97);
    }

    @Test
    void formatsForStorageAndForPeople() {
        EmployerNumber number = new EmployerNumber(10_000_001L);
        assertEquals("E10000001" + String.format("%02d", number.key()), number.canonical());
        assertEquals("E-10000001-" + String.format("%02d", number.key()), number.display());
    }

    @Test
    void parsesWhatPeopleTypeIgnoringSpacesDotsDashesAndCase() {
        EmployerNumber number = new EmployerNumber(12_345_678L);
        String key = String.format("%02d", number.key());
        assertEquals(number, EmployerNumber.parse(" e 1234.5678-" + key + " "));
        assertEquals(number, EmployerNumber.parse(number.display()));
        assertEquals(number, EmployerNumber.parse(number.canonical()));
    }

    @Test
    void catchesEverySingleDigitTypo() {
        String canonical = new EmployerNumber(12_345_678L).canonical();
        for (int position = 1; position < canonical.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (canonical.charAt(position) == digit) {
                    continue;
                }
                String typo = canonical.substring(0, position) + digit + canonical.substring(position + 1);
                assertThrows(InvalidNumberException.class, () -> EmployerNumber.parse(typo), typo);
            }
        }
    }

    @Test
    void catchesSwappedNeighbours() {
        String canonical = new EmployerNumber(12_345_678L).canonical();
        for (int position = 1; position < canonical.length() - 1; position++) {
            char[] chars = canonical.toCharArray();
            if (chars[position] == chars[position + 1]) {
                continue;
            }
            char swap = chars[position];
            chars[position] = chars[position + 1];
            chars[position + 1] = swap;
            String typo = new String(chars);
            assertThrows(InvalidNumberException.class, () -> EmployerNumber.parse(typo), typo);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E123", "123456789012", "X1234567801", "E12345678AB"})
    void refusesMalformedInputWithAFrenchMessage(String input) {
        InvalidNumberException error = assertThrows(InvalidNumberException.class, () -> EmployerNumber.parse(input));
        assertTrue(error.getMessage().startsWith("Le numéro d'employeur"), error.getMessage());
    }

    @Test
    void refusesNullAsMalformed() {
        assertThrows(InvalidNumberException.class, () -> EmployerNumber.parse(null));
    }

    @Test
    void refusesSequencesOutsideEightDigits() {
        assertThrows(InvalidNumberException.class, () -> new EmployerNumber(0));
        assertThrows(InvalidNumberException.class, () -> new EmployerNumber(100_000_000L));
    }
}
