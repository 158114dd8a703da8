package tg.cnss.eservices.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final UserAccount account = new UserAccount(new EmailAddress("a@b.tg"), "hash", "A B", Role.INSURED, T0);

    @Test
    void locksAtTheFifthFailureForFifteenMinutes() {
        for (int i = 1; i < 5; i++) {
            assertFalse(account.recordFailedSignIn(T0, 5, LOCK), "failure " + i);
        }
        assertTrue(account.recordFailedSignIn(T0, 5, LOCK));
        assertTrue(account.isLockedAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLockedAt(T0.plus(LOCK)));
    }

    @Test
    void aSuccessClearsTheCount() {
        account.recordFailedSignIn(T0, 5, LOCK);
        account.recordFailedSignIn(T0, 5, LOCK);
        account.recordSuccessfulSignIn(T0);
        assertEquals(0, account.getFailedSignIns());
        assertEquals(T0, account.getLastSignInAt());
    }

    @Test
    void afterTheLockExpiresCountingStartsAgain() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(T0, 5, LOCK);
        }
        Instant later = T0.plus(Duration.ofMinutes(20));
        assertFalse(account.recordFailedSignIn(later, 5, LOCK));
        assertFalse(account.isLockedAt(later));
        assertEquals(1, account.getFailedSignIns());
    }

    @Test
    void supervisorsAlsoWorkAsAgents() {
        assertEquals(java.util.Set.of("SUPERVISOR", "AGENT"), Role.SUPERVISOR.groups());
        assertEquals(java.util.Set.of("EMPLOYER"), Role.EMPLOYER.groups());
    }

    @Test
    void aPasswordChangeRaisesTheCredentialsVersion() {
        long before = account.getCredentialsVersion();
        account.changePassword("nouveau", T0.plusSeconds(10));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, account.getCredentialsVersion());
    }

    @Test
    void aTotpStepIsAcceptedOnceAndNeverAnEarlierOne() {
        UserAccount account =
                new UserAccount(new EmailAddress("agent@cnss.tg"), "hash", "Agent", Role.AGENT, Instant.EPOCH);
        assertTrue(account.mustUseAuthenticatorApp());
        account.useAuthenticatorApp("v1:chiffré");
        assertEquals(SecondFactor.TOTP, account.getSecondFactor());
        assertTrue(account.acceptTotpStep(100));
        assertFalse(account.acceptTotpStep(100), "même code rejoué");
        assertFalse(account.acceptTotpStep(99), "code précédent après le suivant");
        assertTrue(account.acceptTotpStep(101));
        account.removeSecondFactor();
        assertEquals(SecondFactor.NONE, account.getSecondFactor());
        assertEquals(null, account.getTotpSecret());
    }

    @Test
    void smsCodesNeedANumber() {
        UserAccount account =
                new UserAccount(new EmailAddress("assure@exemple.tg"), "hash", "Assuré", Role.INSURED, Instant.EPOCH);
        assertFalse(account.mustUseAuthenticatorApp());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, account::useSmsCodes);
        account.changePhone(PhoneNumber.parse("+228 90 00 00 01"));
        account.useSmsCodes();
        assertEquals(SecondFactor.SMS, account.getSecondFactor());
    }
}
