package tg.cnss.eservices.identity.control;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long (quality.md). */
public final class LockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {}
}
