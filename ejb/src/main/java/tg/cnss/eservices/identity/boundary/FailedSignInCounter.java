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
import java.time.Instant;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.identity.entity.UserAccount;

/**
 * The failure counter's own transaction, kept as short as possible because parallel attempts on
 * one account queue on its row: a locking read, the count, the commit — nothing else (no audit
 * line, no message) while the lock is held. Used by {@link SignInFailures} only.
 */
@Stateless
@PermitAll
public class FailedSignInCounter {

    /** What the count did to the account. */
    public record Count(String email, String fullName, boolean lockedNow, Instant lockedUntil) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Count add(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean lockedNow = account.recordFailedSignIn(now, LockoutPolicy.MAX_FAILURES, LockoutPolicy.LOCK_DURATION);
        return new Count(
                account.getEmail().value(),
                account.getFullName(),
                lockedNow,
                account.isLockedAt(now) ? account.getLockedUntil() : null);
    }
}
