package tg.cnss.eservices.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InsuredNumberTest {

    @Test
    void roundTripsThroughBothWrittenForms() {
        InsuredNumber number = new InsuredNumber(1_000_000_001L);
        assertEquals(12, number.canonical().length());
        assertEquals(number, InsuredNumber.parse(number.canonical()));
        assertEquals(number, InsuredNumber.parse(number.display()));
        assertEquals(number, InsuredNumber.parse("10 0000 0001 " + String.format("%02d", number.key())));
    }

    @Test
    void keyMakesTheWholeNumberLeaveOneModulo97() {
        InsuredNumber number = new InsuredNumber(9_876_543_210L);
        assertEquals(1, (9_876_543_210L * 100 + number.key()) % 97);
    }

    @Test
    void refusesAWrongKey() {
        InsuredNumber number = new InsuredNumber(1_234_567_890L);
        int wrongKey = (number.key() + 1) % 100;
        assertThrows(
                InvalidNumberException.class,
                () -> InsuredNumber.parse("1234567890" + String.format("%02d", wrongKey)));
    }

    @Test
    void refusesEmployerNumbersAndShortInput() {
        assertThrows(InvalidNumberException.class, () -> InsuredNumber.parse(new EmployerNumber(1).canonical()));
        assertThrows(InvalidNumberException.class, () -> InsuredNumber.parse("12345"));
    }
}
