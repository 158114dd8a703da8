package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void passPhrasesOfTwelveCharactersOrMoreAreAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("Ma tante vend du gari à Bè", "a@b.tg"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("   12 espaces", "a@b.tg"), "tout caractère compte");
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH), "a@b.tg"));
    }

    @Test
    void shortAndOverlongPasswordsAreRefused() {
        assertTrue(PasswordPolicy.problemWith("Court-1234!", "a@b.tg")
                .orElseThrow()
                .contains("12 caractères au moins"));
        assertTrue(PasswordPolicy.problemWith("x".repeat(129), "a@b.tg")
                .orElseThrow()
                .contains("128 caractères au plus"));
        assertTrue(PasswordPolicy.problemWith(null, "a@b.tg").isPresent());
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(PasswordPolicy.problemWith("Qwerty123456", "a@b.tg").isPresent());
        assertTrue(PasswordPolicy.problemWith("AZERTYUIOP123", "a@b.tg").isPresent());
        assertTrue(
                PasswordPolicy.problemWith("kossi@exemple.tg", "Kossi@Exemple.tg")
                        .isPresent(),
                "l'e-mail lui-même");
        assertTrue(PasswordPolicy.size() > PasswordPolicy.COMMON_COUNT, "la liste classée est chargée");
    }
}
