package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import tg.cnss.eservices.identity.entity.RecoveryCode;
import tg.cnss.eservices.identity.entity.SmsCode;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.platform.control.Secrets;

/**
 * The codes of the second factor, in the caller's transaction: authenticator-app codes (each
 * accepted once), codes sent by SMS (1 a minute, 5 an hour per account), and recovery codes.
 */
@Dependent
public class SecondFactorCodes {

    public static final int SMS_PER_HOUR = 5;
    public static final Duration SMS_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a typed code. */
    public enum Check {
        ACCEPTED, RECOVERY_ACCEPTED, WRONG, ALREADY_USED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** Checks a code of the account's app, or a recovery code. */
    public Check checkAppCode(UserAccount account, String typed) {
        if (RecoveryCodes.looksLikeOne(typed)) {
            return useRecoveryCode(account, typed);
        }
        byte[] secret = cipher.decrypt(account.getTotpSecret());
        OptionalLong step = Totp.matchingStep(secret, clean(typed), clock.instant());
        if (step.isEmpty()) {
            return Check.WRONG;
        }
        return account.acceptTotpStep(step.getAsLong()) ? Check.ACCEPTED : Check.ALREADY_USED;
    }

    /** Checks a code the account was sent by SMS for this purpose, or (to sign in) a recovery code. */
    public Check checkSmsCode(UserAccount account, SmsCode.Purpose purpose, String typed) {
        if (purpose == SmsCode.Purpose.SIGN_IN && RecoveryCodes.looksLikeOne(typed)) {
            return useRecoveryCode(account, typed);
        }
        Instant now = clock.instant();
        String digest = smsDigest(account, clean(typed));
        for (SmsCode code : recentSmsCodes(account, purpose, now.minus(SmsCode.VALIDITY))) {
            if (code.isUsableAt(now) && code.matches(digest)) {
                code.use(now);
                return Check.ACCEPTED;
            }
        }
        return Check.WRONG;
    }

    /** The step of a code of an app set up with this (not yet stored) key; empty when wrong. */
    public OptionalLong newKeyStep(byte[] secret, String typed) {
        return Totp.matchingStep(secret, clean(typed), clock.instant());
    }

    /**
     * Sends a new code by SMS to the account's number, unless one was sent less than a minute ago
     * or five in the last hour (each SMS costs the CNSS, and floods annoy the owner).
     *
     * @return how long to wait before another may be sent; zero when this one was sent
     */
    public Duration sendSmsCode(UserAccount account, SmsCode.Purpose purpose) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);  // parallel requests count each other's codes
        Instant now = clock.instant();
        List<SmsCode> lastHour = recentSmsCodes(account, null, now.minus(Duration.ofHours(1)));
        if (!lastHour.isEmpty() && lastHour.get(0).getCreatedAt().plus(SMS_INTERVAL).isAfter(now)) {
            return Duration.between(now, lastHour.get(0).getCreatedAt().plus(SMS_INTERVAL));
        }
        if (lastHour.size() >= SMS_PER_HOUR) {
            return Duration.between(now, lastHour.get(lastHour.size() - 1).getCreatedAt().plus(Duration.ofHours(1)));
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new SmsCode(account, purpose, smsDigest(account, code), now));
        notifications.sms(account.getPhone(), "CNSS TOGO : votre code de connexion est " + code
                + ". Valide 10 minutes. Ne le communiquez à personne, même à un agent de la CNSS.");
        return Duration.ZERO;
    }

    /** Replaces the account's recovery codes by ten new ones, returned once, in clear. */
    public List<String> renewRecoveryCodes(UserAccount account) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account").setParameter("account", account)
                .executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        Instant now = clock.instant();
        codes.forEach(code -> em.persist(new RecoveryCode(account, RecoveryCodes.digest(account.getId(), code), now)));
        return codes;
    }

    public long unusedRecoveryCodes(UserAccount account) {
        return em.createQuery("SELECT COUNT(r) FROM RecoveryCode r WHERE r.account = :account AND r.usedAt IS NULL",
                Long.class).setParameter("account", account).getSingleResult();
    }

    public void forgetRecoveryCodes(UserAccount account) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account = :account").setParameter("account", account)
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
        if (found.isEmpty()) {
            return Check.WRONG;
        }
        if (found.get(0).isUsed()) {
            return Check.ALREADY_USED;
        }
        found.get(0).use(clock.instant());
        return Check.RECOVERY_ACCEPTED;
    }

    /** Newest first; all purposes when {@code purpose} is null. */
    private List<SmsCode> recentSmsCodes(UserAccount account, SmsCode.Purpose purpose, Instant since) {
        return em.createQuery("SELECT c FROM SmsCode c WHERE c.account = :account AND c.createdAt > :since"
                        + " ORDER BY c.createdAt DESC, c.id DESC", SmsCode.class)
                .setParameter("account", account)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .filter(code -> purpose == null || code.isFor(purpose))
                .toList();
    }

    private static String smsDigest(UserAccount account, String code) {
        return Secrets.sha256Hex((account.getId() + ":" + code).getBytes(StandardCharsets.US_ASCII));
    }

    /** People type codes with spaces ("123 456") or paste them with a line break. */
    static String clean(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "");
    }
}
