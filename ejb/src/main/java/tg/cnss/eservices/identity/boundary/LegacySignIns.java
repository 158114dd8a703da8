package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.Secrets;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * The password step of an old-site user name that has no e-mail address yet (from
 * {@link SignIns}): the right password opens no space, only a claim — a token that the browser's
 * session keeps — to add and verify an e-mail address ({@link LegacyAccountClaims}).
 */
@Stateless
@PermitAll
public class LegacySignIns {

    @PersistenceContext
    EntityManager em;

    @Inject
    LegacySignInFailures failures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public SignInResult signIn(LegacyCredential credential, String password, String address) {
        String actor = "ancien identifiant " + credential.getUsername();
        if (credential.isLockedAt(clock.instant())) {
            hasher.verify(password, credential.getPasswordHash());
            audit.record(actor, address, AuditAction.SIGN_IN_WHILE_LOCKED, "REFUSE", "identifiant de l'ancien site");
            return SignInResult.refused(SignInOutcome.LOCKED);
        }
        if (!hasher.verify(password, credential.getPasswordHash())) {
            failures.record(credential.getId(), address);
            return SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        em.refresh(credential, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (credential.isLockedAt(now)) {
            return SignInResult.refused(SignInOutcome.LOCKED);
        }
        String token = Secrets.urlToken();
        credential.startClaim(Secrets.tokenDigest(token), now);
        audit.record(
                actor,
                address,
                AuditAction.SIGN_IN_PASSWORD_ACCEPTED,
                "ADRESSE_A_AJOUTER",
                credential.getRole().name());
        return SignInResult.emailRequired(token);
    }
}
