package tg.cnss.eservices.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.identity.entity.PendingSignUp.CodeCheck;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;

class PendingSignUpTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private static PendingSignUp signUp() {
        return new PendingSignUp(
                "jeton",
                Role.INSURED,
                "100000000290",
                new EmailAddress("afi@exemple.tg"),
                PhoneNumber.parse("90000002"),
                "Afi KOUDJO",
                "{}",
                "hash",
                "code-123456987654",
                T0);
    }

    /**
     * Stands for the hash comparison: the stored "hash" of the codes C (SMS then e-mail, 12 digits)
     * is "code-C".
     */
    private static java.util.function.Predicate<String> against(PendingSignUp signUp) {
        return typed -> signUp.getCodeHash().equals("code-" + typed);
    }

    /** Security review, finding 7: both channels are proved, each by its own code. */
    @Test
    void oneRightCodeOfTheTwoIsNotEnough() {
        PendingSignUp signUp = signUp();
        assertEquals(CodeCheck.WRONG, signUp.check("123456", T0, against(signUp)), "the SMS code alone");
        assertEquals(CodeCheck.WRONG, signUp.check("123456000000", T0, against(signUp)), "a wrong e-mail code");
        assertEquals(CodeCheck.ACCEPTED, signUp.check("123456987654", T0, against(signUp)));
    }

    @Test
    void theRightCodeWithinTheHourIsAcceptedOnce() {
        PendingSignUp signUp = signUp();
        assertEquals(
                CodeCheck.ACCEPTED, signUp.check("123 456 987 654", T0.plus(Duration.ofMinutes(59)), against(signUp)));
        assertEquals(
                CodeCheck.ALREADY_USED, signUp.check("123456987654", T0.plus(Duration.ofMinutes(59)), against(signUp)));
    }

    @Test
    void anHourLaterTheCodeHasExpired() {
        PendingSignUp signUp = signUp();
        assertEquals(CodeCheck.EXPIRED, signUp.check("123456987654", T0.plus(Duration.ofHours(1)), against(signUp)));
    }

    @Test
    void fiveWrongCodesCancelTheSignUp() {
        PendingSignUp signUp = signUp();
        for (int i = 1; i < PendingSignUp.MAX_FAILED_ATTEMPTS; i++) {
            assertEquals(CodeCheck.WRONG, signUp.check("000000987654", T0, against(signUp)));
        }
        assertEquals(1, signUp.remainingAttempts());
        assertEquals(CodeCheck.CANCELLED, signUp.check("000000987654", T0, against(signUp)));
        assertEquals(
                CodeCheck.CANCELLED, signUp.check("123456987654", T0, against(signUp)), "même le bon code ensuite");
        assertThrows(IllegalStateException.class, () -> signUp.recordNewCode("code-654321987654", T0.plusSeconds(120)));
    }

    @Test
    void resendsWaitAMinuteAndStopAtThreeAnHour() {
        PendingSignUp signUp = signUp();
        assertEquals(Duration.ofSeconds(30), signUp.waitBeforeResend(T0.plusSeconds(30)));
        signUp.recordNewCode("code-222222987654", T0.plusSeconds(60));
        signUp.recordNewCode("code-333333987654", T0.plusSeconds(120));
        assertEquals(
                Duration.ofMinutes(57),
                signUp.waitBeforeResend(T0.plusSeconds(180)),
                "3 envois dans l'heure : attendre que le premier ait une heure");
        assertEquals(
                Duration.ZERO,
                signUp.waitBeforeResend(T0.plus(Duration.ofHours(1)).plusSeconds(1)));
    }

    /** Security review, finding 7: a resend replaces the code but keeps the count of wrong tries. */
    @Test
    void aNewCodeReplacesTheOldOneButKeepsTheWrongTries() {
        PendingSignUp signUp = signUp();
        signUp.check("000000987654", T0, against(signUp));
        signUp.recordNewCode("code-654321987654", T0.plusSeconds(90));
        assertEquals(PendingSignUp.MAX_FAILED_ATTEMPTS - 1, signUp.remainingAttempts());
        assertEquals(CodeCheck.WRONG, signUp.check("123456987654", T0.plusSeconds(100), against(signUp)));
        assertEquals(CodeCheck.ACCEPTED, signUp.check("654321987654", T0.plusSeconds(100), against(signUp)));
    }
}
