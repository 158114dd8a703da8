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
import tg.cnss.eservices.identity.boundary.WrongCodeCounter;
import tg.cnss.eservices.identity.entity.OneTimeCode;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.platform.control.Secrets;

/**
 * Six-digit codes that prove a phone number or an e-mail address belongs to an account's owner:
 * by SMS (to sign in, to choose SMS codes, to confirm a new number) or by e-mail (to confirm a new
 * address). One a minute to a destination and five an hour per account, whatever the purpose:
 * each SMS costs the CNSS, and floods annoy the owner.
 */
@Dependent
public class VerificationCodes {

    public static final int PER_HOUR = 5;
    public static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Wrong codes of one purpose and destination within an hour, after which none is accepted. */
    public static final int MAX_WRONG_TRIES = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    // A boundary bean for its own transaction: the wrong try must stay counted when the caller's
    // form is refused and rolled back.
    @Inject
    WrongCodeCounter wrongCodes;

    /**
     * Sends a new code to the destination (an e-mail address for {@code NEW_EMAIL}, else a phone
     * number in +228 form).
     *
     * @return how long to wait before another may be sent; zero when this one was sent
     */
    public Duration send(UserAccount account, OneTimeCode.Purpose purpose, String destination) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE); // parallel requests count each other's codes
        Instant now = clock.instant();
        List<OneTimeCode> lastHour = recentCodes(account, now.minus(Duration.ofHours(1)));
        var lastHere =
                lastHour.stream().filter(code -> code.wasSentTo(destination)).findFirst();
        if (lastHere.isPresent() && lastHere.get().getCreatedAt().plus(INTERVAL).isAfter(now)) {
            return Duration.between(now, lastHere.get().getCreatedAt().plus(INTERVAL));
        }
        if (lastHour.size() >= PER_HOUR) {
            return Duration.between(
                    now, lastHour.get(lastHour.size() - 1).getCreatedAt().plus(Duration.ofHours(1)));
        }
        String code = newCode();
        em.persist(new OneTimeCode(account, purpose, destination, digest(account, code), now));
        if (purpose == OneTimeCode.Purpose.NEW_EMAIL) {
            notifications.emailWithSecret(
                    destination,
                    "Votre code de vérification CNSS",
                    "Bonjour,\n\nPour confirmer"
                            + " cette adresse comme nouvelle adresse de votre compte des services en ligne de la CNSS, saisissez"
                            + " ce code :\n\n    " + Notice.SECRET
                            + "\n\nIl est valide 10 minutes. Si vous n'avez rien demandé, ignorez"
                            + " ce message.\n\nCaisse Nationale de Sécurité Sociale du Togo",
                    code);
        } else {
            notifications.smsWithSecret(
                    destination,
                    "CNSS TOGO : votre code "
                            + (purpose == OneTimeCode.Purpose.SIGN_IN ? "de connexion" : "de vérification") + " est "
                            + Notice.SECRET
                            + ". Valide 10 minutes. Ne le communiquez à personne, même à un agent de la CNSS.",
                    code);
        }
        return Duration.ZERO;
    }

    /**
     * Whether a code for this purpose went to this destination less than a minute ago and is still
     * usable: a form sent again at once reuses it rather than meeting the one-a-minute limit.
     */
    public boolean recentlySent(UserAccount account, OneTimeCode.Purpose purpose, String destination) {
        Instant now = clock.instant();
        return recentCodes(account, now.minus(INTERVAL)).stream()
                .anyMatch(code -> code.isFor(purpose) && code.wasSentTo(destination) && code.isUsableAt(now));
    }

    /** Whether the code is one sent for this purpose to this destination, unused and not expired; uses it. */
    public boolean check(UserAccount account, OneTimeCode.Purpose purpose, String destination, String typed) {
        Instant now = clock.instant();
        // The codes of this purpose and destination sent in the last hour, newest first: their wrong
        // tries add up, so that asking for a new code does not buy five more guesses.
        List<OneTimeCode> sent = recentCodes(account, now.minus(Duration.ofHours(1))).stream()
                .filter(code -> code.isFor(purpose) && code.wasSentTo(destination))
                .toList();
        if (sent.stream().mapToInt(OneTimeCode::getFailedAttempts).sum() >= MAX_WRONG_TRIES) {
            return false;
        }
        String digest = digest(account, SecondFactorCodes.clean(typed));
        for (OneTimeCode code : sent) {
            if (code.isUsableAt(now) && code.matches(digest)) {
                code.use(now);
                return true;
            }
        }
        if (!sent.isEmpty()) {
            wrongCodes.count(sent.get(0).getId());
        }
        return false;
    }

    /** Six digits from {@code SecureRandom}, leading zeros kept (sign-up codes too). */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** "N minute(s)", rounded up, for a wait before another code may be sent. */
    public static String minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s)";
    }

    /** Newest first. */
    private List<OneTimeCode> recentCodes(UserAccount account, Instant since) {
        return em.createQuery(
                        "SELECT c FROM OneTimeCode c WHERE c.account = :account AND c.createdAt > :since"
                                + " ORDER BY c.createdAt DESC, c.id DESC",
                        OneTimeCode.class)
                .setParameter("account", account)
                .setParameter("since", since)
                .getResultList();
    }

    private static String digest(UserAccount account, String code) {
        return Secrets.sha256Hex((account.getId() + ":" + code).getBytes(StandardCharsets.US_ASCII));
    }
}
