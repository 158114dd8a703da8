package tg.cnss.eservices.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for rules with deadlines (lockouts, code expiry, due dates), so that
 * tests can move time with an alternative producer instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    /** Togo's time (UTC+0 all year, no summer time): the calendar day of forms and deadlines. */
    public static final java.time.ZoneId LOME = java.time.ZoneId.of("Africa/Lome");

    /** Set only in the test server (arquillian.xml): lets in-container tests move time forward. */
    static final String SHIFTABLE_PROPERTY = "cnss.clock.shiftable";

    private static final java.util.concurrent.atomic.AtomicReference<java.time.Duration> OFFSET =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        if (!Boolean.getBoolean(SHIFTABLE_PROPERTY)) {
            return Clock.systemUTC();
        }
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return Clock.offset(Clock.system(zone), OFFSET.get());
            }

            @Override
            public java.time.Instant instant() {
                return Clock.systemUTC().instant().plus(OFFSET.get());
            }
        };
    }

    /**
     * Moves the portal's "now" forward (tests of expiry: codes, links); refused unless the server
     * was started with -Dcnss.clock.shiftable=true, which production never is.
     */
    public static void shift(java.time.Duration offset) {
        if (!Boolean.getBoolean(SHIFTABLE_PROPERTY)) {
            throw new IllegalStateException("Horloge non réglable sur ce serveur");
        }
        OFFSET.set(offset);
    }
}
