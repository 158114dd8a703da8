package tg.cnss.eservices.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings read from the server's environment. Demo mode (demo accounts, demo mailbox, no real
 * e-mail or SMS) must be asked for explicitly: a production server that sets nothing gets none
 * of it.
 */
@ApplicationScoped
public class PortalSettings {

    static final String DEMO_PROPERTY = "cnss.demo";
    static final String DEMO_VARIABLE = "CNSS_DEMO";

    public boolean isDemoMode() {
        return Boolean.parseBoolean(value(DEMO_PROPERTY, DEMO_VARIABLE));
    }

    /** The portal's public address, for links in e-mails (no trailing slash). */
    public String publicAddress() {
        String address = value("cnss.public-url", "CNSS_PUBLIC_URL");
        address = address == null || address.isBlank() ? "http://localhost:8080" : address.strip();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** A whole-number setting, or {@code defaultValue} when it is not set or not a number. */
    public int intValue(String property, String variable, int defaultValue) {
        String configured = value(property, variable);
        try {
            return configured == null ? defaultValue : Integer.parseInt(configured.strip());
        } catch (NumberFormatException unreadable) {
            return defaultValue;
        }
    }

    /** A setting: the system property if set (tests, -D on the command line), else the environment variable. */
    public String value(String property, String variable) {
        return System.getProperty(property, System.getenv(variable));
    }
}
