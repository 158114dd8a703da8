package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.PasswordPolicy;
import tg.cnss.eservices.identity.control.SecondFactorCodes;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.OneTimeCode;
import tg.cnss.eservices.identity.entity.SecondFactor;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * "Sécurité du compte", for every signed-in user: choose an authenticator app (staff: a new
 * phone) or SMS codes, turn the second factor off (employers and insured persons only), renew the
 * recovery codes. Every change asks for the password again: a session left open on a shared
 * computer must not be enough to weaken the account or to bind it to an intruder's phone. Wrong
 * passwords typed here count towards the lockout like those of the sign-in page, and are audited.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED", "AGENT", "SUPERVISOR", "ADMIN"})
public class AccountSecurity {

    static final String WRONG_PASSWORD = "Mot de passe actuel : il ne correspond pas à celui de votre compte.";
    static final String LOCKED = "Trop d'essais erronés : votre compte est bloqué pendant "
            + LockoutPolicy.LOCK_DURATION.toMinutes() + " minutes ; aucun changement n'est possible d'ici là.";

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactorCodes codes;

    @Inject
    DataCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    SignInFailures failures;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public SecuritySettings mine() {
        UserAccount account = caller();
        return new SecuritySettings(
                account.getSecondFactor(),
                codes.unusedRecoveryCodes(account),
                account.mustUseAuthenticatorApp(),
                mobile(account) ? PhoneNumber.parse(account.getPhone()).masked() : null,
                account.getCredentialsVersion());
    }

    public NewAppKey newAppKey() {
        return NewAppKey.forAccount(caller().getEmail().value());
    }

    /** Switches to the app holding this key, proved by a code it shows and the password; returns new recovery codes. */
    public List<String> useApp(NewAppKey key, String typed, String password) {
        UserAccount account = caller();
        checkPassword(account, password, "motDePasseApplication");
        byte[] secret = Base32.decode(key.secret());
        java.util.OptionalLong step = codes.newKeyStep(secret, typed);
        if (step.isEmpty()) {
            throw new InvalidFormException(Map.of(
                    "codeApplication",
                    "Code de l'application : incorrect. Saisissez le"
                            + " code à 6 chiffres affiché pour « CNSS Togo » ; vérifiez que l'heure du téléphone est"
                            + " réglée automatiquement."));
        }
        account.useAuthenticatorApp(cipher.encrypt(secret));
        account.acceptTotpStep(step.getAsLong());
        return enabled(account);
    }

    /** Sends a code to the account's number, to prove it before choosing SMS codes. */
    public String sendSmsSetupCode() {
        UserAccount account = smsCandidate();
        Duration wait = codes.sendSmsCode(account, OneTimeCode.Purpose.ENABLE_SMS);
        if (!wait.isZero()) {
            throw new InvalidFormException(Map.of(
                    "codeSms",
                    "Un code a été envoyé il y a peu : vous pourrez en demander" + " un autre dans "
                            + VerificationCodes.minutes(wait) + "."));
        }
        return "Un code a été envoyé par SMS au "
                + PhoneNumber.parse(account.getPhone()).masked() + ". Saisissez-le ci-dessous (valide 10 minutes).";
    }

    /** Switches to SMS codes once the code sent by {@link #sendSmsSetupCode} comes back (and the password, as above). */
    public List<String> useSms(String typed, String password) {
        UserAccount account = smsCandidate();
        checkPassword(account, password, "motDePasseSms");
        if (codes.checkSmsCode(account, OneTimeCode.Purpose.ENABLE_SMS, typed) != SecondFactorCodes.Check.ACCEPTED) {
            throw new InvalidFormException(Map.of(
                    "codeSms",
                    "Code reçu par SMS : incorrect ou expiré. Vérifiez-le, ou" + " demandez un nouveau code."));
        }
        account.useSmsCodes();
        return enabled(account);
    }

    public void turnOff(String password) {
        UserAccount account = caller();
        checkPassword(account, password, "motDePasseDesactivation");
        if (account.mustUseAuthenticatorApp()) {
            throw new InvalidFormException(Map.of(
                    "motDePasseDesactivation",
                    "Le personnel de la CNSS doit garder une"
                            + " application d'authentification ; vous pouvez en changer, pas la retirer."));
        }
        account.removeSecondFactor();
        codes.forgetRecoveryCodes(account);
        audit.record(account.getEmail().value(), null, AuditAction.SECOND_FACTOR_CHANGED, "SUCCES", "désactivée");
        notifications.email(
                account.getEmail().value(),
                "Double authentification désactivée sur votre compte CNSS",
                SecondFactorMails.disabled(account.getFullName()));
    }

    /**
     * "Changer le mot de passe": the current one first (counted towards the lockout when wrong),
     * then the policy; every other session of the account ends, the owner is told by e-mail.
     */
    public void changePassword(String current, String chosen, String confirmation) {
        UserAccount account = caller();
        checkPassword(account, current, "motDePasseActuel");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        PasswordPolicy.problemWith(chosen, account.getEmail().value())
                .ifPresent(problem -> errors.put("nouveauMotDePasse", problem));
        if (chosen != null && chosen.equals(current)) {
            errors.put("nouveauMotDePasse", "Nouveau mot de passe : choisissez-en un autre que l'actuel.");
        }
        if (chosen != null && !chosen.equals(confirmation)) {
            errors.put("confirmationMotDePasse", "Confirmation : elle diffère du nouveau mot de passe ; retapez-le.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        account.changePassword(hasher.hash(chosen), clock.instant());
        audit.record(
                account.getEmail().value(),
                null,
                AuditAction.PASSWORD_CHANGED,
                "SUCCES",
                "dans « Sécurité du compte »");
        notifications.email(
                account.getEmail().value(),
                "Votre mot de passe CNSS a été changé",
                "Bonjour " + account.getFullName()
                        + ",\n\nLe mot de passe de votre compte des services en ligne de la CNSS vient d'être changé"
                        + " depuis « Sécurité du compte » ; vos autres sessions ouvertes ont été fermées.\n\nSi ce"
                        + " n'était pas vous, utilisez « Mot de passe oublié ? » et contactez la CNSS sans attendre."
                        + "\n\nCaisse Nationale de Sécurité Sociale du Togo");
    }

    public List<String> renewRecoveryCodes(String password) {
        UserAccount account = caller();
        checkPassword(account, password, "motDePasseCodes");
        if (account.getSecondFactor() == SecondFactor.NONE) {
            throw new InvalidFormException(Map.of("motDePasseCodes", "Activez d'abord la double authentification."));
        }
        audit.record(
                account.getEmail().value(),
                null,
                AuditAction.SECOND_FACTOR_CHANGED,
                "SUCCES",
                "codes de secours renouvelés");
        return codes.renewRecoveryCodes(account);
    }

    private List<String> enabled(UserAccount account) {
        audit.record(
                account.getEmail().value(),
                null,
                AuditAction.SECOND_FACTOR_CHANGED,
                "SUCCES",
                account.getSecondFactor().label());
        notifications.email(
                account.getEmail().value(),
                "Double authentification activée sur votre compte CNSS",
                SecondFactorMails.enabled(account.getFullName(), account.getSecondFactor()));
        return codes.renewRecoveryCodes(account);
    }

    private UserAccount smsCandidate() {
        UserAccount account = caller();
        if (account.mustUseAuthenticatorApp()) {
            throw new InvalidFormException(Map.of(
                    "codeSms",
                    "Le personnel de la CNSS utilise une application" + " d'authentification, pas les codes par SMS."));
        }
        if (!mobile(account)) {
            throw new InvalidFormException(Map.of(
                    "codeSms",
                    "Votre compte n'a pas de numéro de portable pour recevoir"
                            + " les SMS : indiquez-en un avec « Modifier mes infos »."));
        }
        return account;
    }

    private static boolean mobile(UserAccount account) {
        return account.getPhone() != null
                && PhoneNumber.parse(account.getPhone()).isMobile();
    }

    /**
     * The password of the account, asked again; a wrong one is counted towards the lockout (in
     * its own transaction: the refusal below rolls this one back). A locked account changes nothing.
     */
    private void checkPassword(UserAccount account, String password, String field) {
        if (account.isLockedAt(clock.instant())) {
            throw new InvalidFormException(Map.of(field, LOCKED));
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidFormException(
                    Map.of(field, "Mot de passe actuel : saisissez-le pour confirmer ce changement."));
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            boolean locked = failures.record(
                    account.getId(),
                    null,
                    AuditAction.SECOND_FACTOR_FAILED,
                    "mot de passe erroné dans « Sécurité du compte »");
            throw new InvalidFormException(Map.of(field, locked ? LOCKED : WRONG_PASSWORD));
        }
    }

    private UserAccount caller() {
        return accounts.getByEmail(new EmailAddress(session.getCallerPrincipal().getName()));
    }
}
