package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.AccountState;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Checks e-mail and password against the accounts table, keeps the failure counter, locks an
 * account after {@link LockoutPolicy#MAX_FAILURES} failures, and audits every attempt.
 */
@Stateless
@PermitAll
public class SignIns {

    // Hash of a random password, verified when the e-mail is unknown so that an unknown address
    // costs as much time as a wrong password (no account enumeration by timing).
    private static final String DECOY_HASH =
            new PasswordHasher().hash(java.util.UUID.randomUUID().toString());

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    SignInFailures failures;

    @Inject
    LegacySignIns legacySignIns;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * "Identifiant (Email)" takes an e-mail address or, for accounts of the old site, the user
     * name they had there (manual II.a: "connectez-vous directement avec vos identifiants").
     */
    public SignInResult signIn(String identifier, String password, String address) {
        EmailAddress email = EmailAddress.parseOrNull(identifier);
        Optional<UserAccount> found =
                email != null ? accounts.findByEmail(email) : accounts.findByLegacyUsername(identifier);
        if (found.isEmpty() && email == null && password != null) {
            Optional<LegacyCredential> waiting = accounts.findLegacyCredential(identifier);
            if (waiting.isPresent()) {
                return legacySignIns.signIn(waiting.get(), password, address);
            }
        }
        String actor = found.map(account -> account.getEmail().value())
                .orElse(email == null ? "(identifiant inconnu)" : email.value());
        if (found.isEmpty() || password == null) {
            hasher.verify(password == null ? "" : password, DECOY_HASH);
            audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "compte inconnu");
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            // As long as a password check: a locked account must not answer faster than others.
            hasher.verify(password, DECOY_HASH);
            return whileLocked(account, address);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            // Counted in its own transaction with the row locked: no parallel guess is lost.
            failures.record(account.getId(), address, AuditAction.SIGN_IN_FAILED, "mot de passe erroné");
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        // Right password: the account as it is now, locked until commit (parallel guesses may
        // have locked it since it was read).
        accounts.lock(account);
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return whileLocked(account, address);
        }
        if (!account.isEnabled()) {
            audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "compte désactivé");
            return SignInResult.refused(SignInOutcome.DISABLED);
        }
        if (account.getState() != AccountState.ACTIVE) {
            audit.record(
                    actor,
                    address,
                    AuditAction.SIGN_IN_FAILED,
                    "REFUSE",
                    "compte " + account.getState().label());
            return SignInResult.refused(
                    account.getState() == AccountState.PENDING_ACTIVATION
                            ? SignInOutcome.PENDING_ACTIVATION
                            : SignInOutcome.ACTIVATION_REFUSED);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.replacePasswordHash(hasher.hash(password));
        }
        SecondStep secondStep = secondStepOf(account);
        if (secondStep != SecondStep.NONE) {
            // The failure counter is not reset here: wrong codes keep adding to it, so a known
            // password does not buy unlimited guesses of the code.
            audit.record(actor, address, AuditAction.SIGN_IN_PASSWORD_ACCEPTED, "SECONDE_ETAPE", secondStep.name());
            return SignInResult.secondStep(
                    account.getEmail().value(), account.getRole(), account.getCredentialsVersion(), secondStep);
        }
        account.recordSuccessfulSignIn(now);
        audit.record(
                actor, address, AuditAction.SIGN_IN, "SUCCES", account.getRole().name());
        return SignInResult.success(account.getEmail().value(), account.getRole(), account.getCredentialsVersion());
    }

    static SecondStep secondStepOf(UserAccount account) {
        return switch (account.getSecondFactor()) {
            case TOTP -> SecondStep.TOTP;
            case SMS -> SecondStep.SMS;
            case NONE -> account.mustUseAuthenticatorApp() ? SecondStep.TOTP_ENROLMENT : SecondStep.NONE;
        };
    }

    public void signedOut(String email, String address) {
        audit.record(email, address, AuditAction.SIGN_OUT, "SUCCES", null);
    }

    private SignInResult whileLocked(UserAccount account, String address) {
        audit.record(
                account.getEmail().value(),
                address,
                AuditAction.SIGN_IN_WHILE_LOCKED,
                "REFUSE",
                "verrouillé jusqu'à " + account.getLockedUntil());
        return SignInResult.refused(SignInOutcome.LOCKED);
    }
}
