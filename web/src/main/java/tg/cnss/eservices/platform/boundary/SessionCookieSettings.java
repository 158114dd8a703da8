package tg.cnss.eservices.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * Marks the session cookie {@code Secure} when {@code CNSS_SECURE_COOKIES=true}. The undertow
 * subsystem's setting (50-undertow.cli) is not enough: the deployment's own cookie configuration
 * (web.xml, for HttpOnly) takes precedence over it, and the cookie went out without the flag —
 * found by ProductionModeIT. Done here, at start-up, from the same variable.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if ("true".equalsIgnoreCase(settings.value("cnss.secure-cookies", "CNSS_SECURE_COOKIES"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
