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
        String value = System.getProperty(DEMO_PROPERTY, System.getenv(DEMO_VARIABLE));
        return Boolean.parseBoolean(value);
    }
}
