package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.DemoIdentities;
import tg.cnss.eservices.identity.control.SecondFactorCodes;
import tg.cnss.eservices.identity.control.Totp;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.OneTimeCode;
import tg.cnss.eservices.identity.entity.SecondFactor;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * The second step of a sign-in, after a right password ({@link SignIns}): a code of the
 * authenticator app, a code sent by SMS, or a recovery code; for staff without an app yet,
 * setting one up. The caller (the authentication mechanism) is not signed in yet: it passes the
 * account and the credentials version that the password step returned, and each step checks
 * again that the account may still sign in.
 */
@Stateless
@PermitAll
public class SecondStepSignIns {

    static final String WRONG_CODE = "Code incorrect ou expiré. Vérifiez le code et saisissez-le de nouveau.";
    public static final String START_AGAIN =
            "Votre connexion a expiré ou n'est plus possible : saisissez de nouveau votre"
                    + " adresse e-mail et votre mot de passe.";

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactorCodes codes;

    @Inject
    SignInFailures failures;

    @Inject
    DataCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Checks the code of an account that uses an app or SMS codes. A wrong code is counted before
     * anything locks the account (in its own transaction); a right one is accepted with the account
     * row locked, after checking again that it may still sign in.
     */
    public SecondStepResult verify(String email, long credentialsVersion, String typed, String address) {
        Optional<UserAccount> found = mayContinue(email, credentialsVersion);
        if (found.isEmpty()) {
            return SecondStepResult.startAgain(START_AGAIN);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            return SecondStepResult.startAgain(SignInMessages.LOCKED);
        }
        SecondFactorCodes.Checked checked = switch (account.getSecondFactor()) {
            case TOTP -> codes.checkAppCode(account, typed);
            case SMS -> SecondFactorCodes.Checked.of(codes.checkSmsCode(account, OneTimeCode.Purpose.SIGN_IN, typed));
            case NONE -> SecondFactorCodes.Checked.of(SecondFactorCodes.Check.WRONG);
        };
        if (checked.check() == SecondFactorCodes.Check.WRONG) {
            return refuse(account, address, "code erroné", WRONG_CODE);
        }
        accounts.lock(account);
        Instant now = clock.instant();
        if (!account.keepsSessionsOf(credentialsVersion)) {
            return SecondStepResult.startAgain(START_AGAIN);
        }
        if (account.isLockedAt(now)) {
            return SecondStepResult.startAgain(SignInMessages.LOCKED);
        }
        return switch (checked.check()) {
            case APP_CODE ->
                account.acceptTotpStep(checked.step())
                        ? signedIn(account, now, address, null, List.of())
                        // The right code, typed twice (double click, a second tab): not a guess.
                        : SecondStepResult.refused("Ce code a déjà servi. Attendez que votre application en affiche"
                                + " un nouveau (toutes les 30 secondes).");
            case RECOVERY_ACCEPTED -> recoveryCodeUsed(account, now, address);
            default -> signedIn(account, now, address, null, List.of());
        };
    }

    /**
     * Sends (again) a sign-in code by SMS to an account that uses SMS codes.
     *
     * @return the message for the page: where the code went, or how long to wait
     */
    public String sendSmsCode(String email, long credentialsVersion) {
        Optional<UserAccount> found = mayContinue(email, credentialsVersion);
        if (found.isEmpty() || found.get().getSecondFactor() != SecondFactor.SMS) {
            return START_AGAIN;
        }
        Duration wait = codes.sendSmsCode(found.get(), OneTimeCode.Purpose.SIGN_IN);
        if (!wait.isZero()) {
            return "Un code a été envoyé il y a peu : vous pourrez en demander un autre dans "
                    + VerificationCodes.minutes(wait) + ".";
        }
        return "Un code a été envoyé par SMS au "
                + PhoneNumber.parse(found.get().getPhone()).masked() + ". Il est valide 10 minutes.";
    }

    /** A new key for a staff member who must set up an app before going further. */
    public NewAppKey newAppKey(String email) {
        return NewAppKey.forAccount(email);
    }

    /**
     * Sets up the app of a staff member who has none, from the key shown and a code it now
     * displays; signs in and returns the new recovery codes.
     */
    public SecondStepResult enrol(String email, long credentialsVersion, NewAppKey key, String typed, String address) {
        Optional<UserAccount> found = mayContinue(email, credentialsVersion);
        if (found.isEmpty() || found.get().getSecondFactor() != SecondFactor.NONE) {
            return SecondStepResult.startAgain(START_AGAIN);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            return SecondStepResult.startAgain(SignInMessages.LOCKED);
        }
        byte[] secret = Base32.decode(key.secret());
        OptionalLong step = codes.newKeyStep(secret, typed);
        if (step.isEmpty()) {
            return refuse(
                    account,
                    address,
                    "code erroné à l'activation de l'application",
                    WRONG_CODE
                            + " Si le code est juste, vérifiez que l'heure de votre téléphone est réglée automatiquement.");
        }
        accounts.lock(account);
        Instant now = clock.instant();
        if (!account.keepsSessionsOf(credentialsVersion)
                || account.getSecondFactor() != SecondFactor.NONE
                || account.isLockedAt(now)) {
            return SecondStepResult.startAgain(START_AGAIN);
        }
        account.useAuthenticatorApp(cipher.encrypt(secret));
        account.acceptTotpStep(step.getAsLong());
        List<String> recoveryCodes = codes.renewRecoveryCodes(account);
        audit.record(email, address, AuditAction.SECOND_FACTOR_CHANGED, "SUCCES", "application d'authentification");
        notifications.email(
                email,
                "Double authentification activée sur votre compte CNSS",
                SecondFactorMails.enabled(account.getFullName(), SecondFactor.TOTP));
        return signedIn(account, now, address, null, recoveryCodes);
    }

    /**
     * In demo mode only, the code a demo account's app would show now (README: the demo accounts'
     * key is published); empty for every other account and outside demo mode.
     */
    public Optional<String> demoCode(String email) {
        if (!settings.isDemoMode() || !DemoIdentities.isDemoAddress(email)) {
            return Optional.empty();
        }
        return accounts.findByEmail(new EmailAddress(email))
                .filter(account -> account.getSecondFactor() == SecondFactor.TOTP)
                .filter(account -> Arrays.equals(
                        cipher.decrypt(account.getTotpSecret()), Base32.decode(DemoIdentities.DEMO_TOTP_KEY)))
                .flatMap(account -> {
                    // The next code not yet used: a step whose code already served is refused.
                    long now = Totp.stepAt(clock.instant());
                    long step = account.getTotpLastStep() == null ? now : Math.max(now, account.getTotpLastStep() + 1);
                    return step > now + 1
                            ? Optional.empty()
                            : Optional.of(Totp.codeAt(Base32.decode(DemoIdentities.DEMO_TOTP_KEY), step));
                });
    }

    /** The account, if the password step's account may still sign in (not closed, same password). */
    private Optional<UserAccount> mayContinue(String email, long credentialsVersion) {
        EmailAddress address = EmailAddress.parseOrNull(email);
        return (address == null ? Optional.<UserAccount>empty() : accounts.findByEmail(address))
                .filter(account -> account.keepsSessionsOf(credentialsVersion));
    }

    private SecondStepResult refuse(UserAccount account, String address, String reason, String message) {
        boolean locked = failures.record(account.getId(), address, AuditAction.SECOND_FACTOR_FAILED, reason);
        return locked ? SecondStepResult.startAgain(SignInMessages.LOCKED) : SecondStepResult.refused(message);
    }

    private SecondStepResult recoveryCodeUsed(UserAccount account, Instant now, String address) {
        long left = codes.unusedRecoveryCodes(account);
        String email = account.getEmail().value();
        audit.record(email, address, AuditAction.RECOVERY_CODE_USED, "SUCCES", left + " restant(s)");
        notifications.email(
                email,
                "Un code de secours a été utilisé sur votre compte CNSS",
                SecondFactorMails.recoveryCodeUsed(account.getFullName(), left));
        String message = "Vous vous êtes connecté avec un code de secours ; il vous en reste " + left + "."
                + (left <= 3 ? " Créez-en de nouveaux dans « Sécurité du compte »." : "");
        return signedIn(account, now, address, message, List.of());
    }

    private SecondStepResult signedIn(
            UserAccount account, Instant now, String address, String message, List<String> recoveryCodes) {
        account.recordSuccessfulSignIn(now);
        audit.record(
                account.getEmail().value(),
                address,
                AuditAction.SIGN_IN,
                "SUCCES",
                account.getRole().name() + " + " + account.getSecondFactor().name());
        return SecondStepResult.signedIn(
                SignInResult.success(account.getEmail().value(), account.getRole(), account.getCredentialsVersion()),
                message,
                recoveryCodes);
    }
}
