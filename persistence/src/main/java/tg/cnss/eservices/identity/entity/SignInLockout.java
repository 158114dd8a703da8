package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The lockout of whatever signs in with a password — an account, an old-site user name waiting
 * for its e-mail: consecutive failures counted, and a lock for a while once there are too many.
 */
@Embeddable
public class SignInLockout {

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Whether password attempts are refused at this instant because of earlier failures. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failure. Reaching {@code maxFailures} locks for {@code lockDuration} and starts a
     * new count.
     *
     * @return true when this failure locked
     */
    public boolean recordFailure(Instant now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            failedSignIns = 0;
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    /** A success, a new password or an administrator's reopening: no failure counts any more. */
    public void lift() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
