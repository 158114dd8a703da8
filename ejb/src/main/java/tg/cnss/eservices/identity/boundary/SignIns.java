package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.AccountState;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Checks e-mail and password against the accounts table, keeps the failure counter, locks an
 * account after {@link LockoutPolicy#MAX_FAILURES} failures, and audits every attempt.
 */
@Stateless
@PermitAll
public class SignIns {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm").withZone(ZoneId.of("Africa/Lome"));

    // Hash of a random password, verified when the e-mail is unknown so that an unknown address
    // costs as much time as a wrong password (no account enumeration by timing).
    private static final String DECOY_HASH = new PasswordHasher().hash(java.util.UUID.randomUUID().toString());

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public SignInResult signIn(String emailInput, String password, String address) {
        EmailAddress email = EmailAddress.parseOrNull(emailInput);
        Optional<UserAccount> found = email == null ? Optional.empty() : accounts.findByEmail(email);
        String actor = email == null ? "(identifiant invalide)" : email.value();
        if (found.isEmpty() || password == null) {
            hasher.verify(password == null ? "" : password, DECOY_HASH);
            audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "compte inconnu");
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            audit.record(actor, address, AuditAction.SIGN_IN_WHILE_LOCKED, "REFUSE",
                    "verrouillé jusqu'à " + account.getLockedUntil());
            return SignInResult.refused(SignInOutcome.LOCKED);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            return recordFailure(account, now, address);
        }
        if (!account.isEnabled()) {
            audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "compte désactivé");
            return SignInResult.refused(SignInOutcome.DISABLED);
        }
        if (account.getState() != AccountState.ACTIVE) {
            audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "compte " + account.getState().label());
            return SignInResult.refused(account.getState() == AccountState.PENDING_ACTIVATION
                    ? SignInOutcome.PENDING_ACTIVATION : SignInOutcome.ACTIVATION_REFUSED);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.replacePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulSignIn(now);
        audit.record(actor, address, AuditAction.SIGN_IN, "SUCCES", account.getRole().name());
        return SignInResult.success(account.getEmail().value(), account.getRole(), account.getCredentialsVersion());
    }

    public void signedOut(String email, String address) {
        audit.record(email, address, AuditAction.SIGN_OUT, "SUCCES", null);
    }

    private SignInResult recordFailure(UserAccount account, Instant now, String address) {
        String actor = account.getEmail().value();
        boolean locked = account.recordFailedSignIn(now, LockoutPolicy.MAX_FAILURES, LockoutPolicy.LOCK_DURATION);
        audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "mot de passe erroné");
        if (!locked) {
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        audit.record(actor, address, AuditAction.ACCOUNT_LOCKED, "VERROUILLE",
                LockoutPolicy.MAX_FAILURES + " échecs consécutifs");
        notifications.email(actor, "Votre compte CNSS est temporairement bloqué",
                "Bonjour " + account.getFullName() + ",\n\n"
                        + LockoutPolicy.MAX_FAILURES + " mots de passe erronés ont été saisis pour votre compte des "
                        + "services en ligne de la CNSS. Par sécurité, la connexion est bloquée jusqu'à "
                        + HOUR.format(account.getLockedUntil()) + " (heure de Lomé).\n\n"
                        + "Si ce n'était pas vous, changez votre mot de passe dès que possible avec "
                        + "« Mot de passe oublié ? ».\n\nCaisse Nationale de Sécurité Sociale du Togo");
        return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
    }
}
