package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

    @Test
    void encodesTheRfc4648VectorsWithoutPadding() {
        String[][] vectors = {
            {"", ""},
            {"f", "MY"},
            {"fo", "MZXQ"},
            {"foo", "MZXW6"},
            {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"},
            {"foobar", "MZXW6YTBOI"}
        };
        for (String[] vector : vectors) {
            byte[] bytes = vector[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(vector[1], Base32.encode(bytes));
            assertArrayEquals(bytes, Base32.decode(vector[1]));
        }
    }

    @Test
    void decodesWhatPeopleTypeLowerCaseSpacedPadded() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb-oi======"));
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }

    @Test
    void groupsByFourForReading() {
        assertEquals("CNSS TOGO DEMO CN", Base32.grouped("CNSSTOGODEMOCN"));
    }
}
