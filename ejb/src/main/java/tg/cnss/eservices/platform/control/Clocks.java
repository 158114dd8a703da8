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

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
