package tg.cnss.eservices.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isTrimmedAndLowerCased() {
        assertEquals("eloge@example.com", new EmailAddress("  Eloge@Example.COM ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eloge", "eloge@", "@example.com", "el oge@example.com", "a@b@c.tg", "a@example"})
    void refusesWhatIsNotAnAddress(String input) {
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(input));
        assertNull(EmailAddress.parseOrNull(input));
    }

    @Test
    void refusesOverlongAddresses() {
        assertNull(EmailAddress.parseOrNull("a".repeat(250) + "@b.tg"));
    }
}
