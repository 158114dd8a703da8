package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import tg.cnss.eservices.identity.entity.OneTimeCode;
import tg.cnss.eservices.identity.entity.RecoveryCode;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.platform.control.DataCipher;

/**
 * The codes of the second factor, in the caller's transaction: authenticator-app codes (each
 * accepted once), codes sent by SMS ({@link VerificationCodes}), and recovery codes.
 */
@Dependent
public class SecondFactorCodes {

    /**
     * What a typed code is worth. An app code is only matched here ({@link #APP_CODE} with its
     * step); it is accepted by {@link UserAccount#acceptTotpStep} under the account's row lock, so
     * that two parallel requests cannot both use it.
     */
    public enum Check {
        APP_CODE,
        ACCEPTED,
        RECOVERY_ACCEPTED,
        WRONG
    }

    /** The check of a code, and for an app code the 30-second step it belongs to. */
    public record Checked(Check check, long step) {

        public static Checked of(Check check) {
            return new Checked(check, -1);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    VerificationCodes verificationCodes;

    @Inject
    Clock clock;

    /** Matches a code of the account's app (not yet accepted: see {@link Check}), or uses a recovery code. */
    public Checked checkAppCode(UserAccount account, String typed) {
        if (RecoveryCodes.looksLikeOne(typed)) {
            return Checked.of(useRecoveryCode(account, typed));
        }
        byte[] secret = cipher.decrypt(account.getTotpSecret());
        OptionalLong step = Totp.matchingStep(secret, clean(typed), clock.instant());
        return step.isEmpty() ? Checked.of(Check.WRONG) : new Checked(Check.APP_CODE, step.getAsLong());
    }

    /** Checks a code the account was sent by SMS for this purpose, or (to sign in) a recovery code. */
    public Check checkSmsCode(UserAccount account, OneTimeCode.Purpose purpose, String typed) {
        if (purpose == OneTimeCode.Purpose.SIGN_IN && RecoveryCodes.looksLikeOne(typed)) {
            return useRecoveryCode(account, typed);
        }
        return verificationCodes.check(account, purpose, account.getPhone(), typed) ? Check.ACCEPTED : Check.WRONG;
    }

    /** The step of a code of an app set up with this (not yet stored) key; empty when wrong. */
    public OptionalLong newKeyStep(byte[] secret, String typed) {
        return Totp.matchingStep(secret, clean(typed), clock.instant());
    }

    /**
     * Sends a new code by SMS to the account's number (see {@link VerificationCodes#send} for the limits).
     *
     * @return how long to wait before another may be sent; zero when this one was sent
     */
    public Duration sendSmsCode(UserAccount account, OneTimeCode.Purpose purpose) {
        return verificationCodes.send(account, purpose, account.getPhone());
    }

    /** Replaces the account's recovery codes by ten new ones, returned once, in clear. */
    public List<String> renewRecoveryCodes(UserAccount account) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account")
                .setParameter("account", account)
                .executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        Instant now = clock.instant();
        codes.forEach(code -> em.persist(new RecoveryCode(account, RecoveryCodes.digest(account.getId(), code), now)));
        return codes;
    }

    public long unusedRecoveryCodes(UserAccount account) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM RecoveryCode r WHERE r.account = :account AND r.usedAt IS NULL",
                        Long.class)
                .setParameter("account", account)
                .getSingleResult();
    }

    public void forgetRecoveryCodes(UserAccount account) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account")
                .setParameter("account", account)
                .executeUpdate();
    }

    private Check useRecoveryCode(UserAccount account, String typed) {
        List<RecoveryCode> found = em.createQuery(
                        "SELECT r FROM RecoveryCode r WHERE r.account = :account AND r.codeDigest = :digest",
                        RecoveryCode.class)
                .setParameter("account", account)
                .setParameter("digest", RecoveryCodes.digest(account.getId(), typed))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || found.get(0).isUsed()) {
            return Check.WRONG;
        }
        found.get(0).use(clock.instant());
        return Check.RECOVERY_ACCEPTED;
    }

    /** People type codes with spaces ("123 456") or paste them with a line break. */
    static String clean(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }
}
