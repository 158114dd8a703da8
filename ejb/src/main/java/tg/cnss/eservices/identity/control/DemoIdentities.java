package tg.cnss.eservices.identity.control;

import java.util.Locale;

/**
 * What identity knows of the demo accounts (seeded by the {@code demo} context in demo mode only):
 * their domain, and the authenticator-app key of the demo staff, both published in the README.
 */
public final class DemoIdentities {

    /** The domain of every demo account; outside demo mode its accounts are closed at start-up. */
    public static final String DEMO_DOMAIN = "demo.cnss.tg";

    /**
     * The authenticator-app key of the demo staff accounts (base 32), published in the README so
     * that anyone can add it to an app; in demo mode the second-step page also shows its code.
     */
    public static final String DEMO_TOTP_KEY = "CNSSTOGODEMOCNSSTOGODEMOCNSSTOGO";

    private DemoIdentities() {}

    /** Whether the address is in the demo accounts' domain (whose password and app key the README publishes). */
    public static boolean isDemoAddress(String email) {
        return email != null && email.strip().toLowerCase(Locale.ROOT).endsWith("@" + DEMO_DOMAIN);
    }
}
