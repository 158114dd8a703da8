package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // Few iterations: these tests check the format and the comparison, not the cost.
    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = fast.hash("Correct-Horse-9");
        assertTrue(fast.verify("Correct-Horse-9", stored));
        assertFalse(fast.verify("correct-horse-9", stored));
        assertFalse(fast.verify("Correct-Horse-9 ", stored));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(fast.hash("même mot de passe"), fast.hash("même mot de passe"));
    }

    @Test
    void acceptsAnyCharacter() {
        String password = "Éléphant à Lomé — 𝄞 ✓";
        assertTrue(fast.verify(password, fast.hash(password)));
        assertFalse(fast.verify("Elephant a Lome - ? ?", fast.hash(password)));
    }

    @Test
    void recordsTheSchemeAndIterationsInTheStoredValue() {
        assertTrue(fast.hash("x".repeat(12)).startsWith("pbkdf2-sha256$1000$"));
    }

    @Test
    void defaultUsesAtLeast600000Iterations() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
        assertTrue(new PasswordHasher().needsRehash(fast.hash("abcdefghijkl")));
    }

    @Test
    void unreadableStoredValuesNeverMatch() {
        assertFalse(fast.verify("x", null));
        assertFalse(fast.verify("x", "plaintext"));
        assertFalse(fast.verify("x", "pbkdf2-sha256$abc$###$###"));
        assertTrue(fast.needsRehash("md5$whatever"));
        assertTrue(fast.needsRehash("pbkdf2-sha256$abc$x$y"));
    }
}
