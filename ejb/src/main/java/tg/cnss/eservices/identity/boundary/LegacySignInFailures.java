package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Counts a wrong password for an old-site user name, as {@link SignInFailures} does for accounts:
 * in a transaction of its own, on the row read with a write lock, so that parallel guesses are all
 * counted; the fifth in a row locks the name for {@link LockoutPolicy#LOCK_DURATION}. There is no
 * e-mail to warn: that is what the name lacks.
 */
@Stateless
@PermitAll
public class LegacySignInFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long credentialId, String address) {
        LegacyCredential credential = em.find(LegacyCredential.class, credentialId, LockModeType.PESSIMISTIC_WRITE);
        String actor = "ancien identifiant " + credential.getUsername();
        audit.record(actor, address, AuditAction.SIGN_IN_FAILED, "REFUSE", "mot de passe erroné");
        if (credential.recordFailedSignIn(clock.instant(), LockoutPolicy.MAX_FAILURES, LockoutPolicy.LOCK_DURATION)) {
            audit.record(
                    actor,
                    address,
                    AuditAction.ACCOUNT_LOCKED,
                    "VERROUILLE",
                    LockoutPolicy.MAX_FAILURES + " échecs consécutifs");
        }
    }
}
