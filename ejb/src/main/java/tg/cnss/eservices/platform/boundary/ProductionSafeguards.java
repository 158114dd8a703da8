package tg.cnss.eservices.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.platform.control.ProductionRequirements;

/**
 * Outside demo mode, the portal refuses to start until it has what production needs
 * ({@link ProductionRequirements}): the deployment fails with one log line per missing setting,
 * in French and English, rather than serve with secrets unsealed, links in clear http or
 * session cookies readable off TLS. In demo mode it says loudly that it is a demo.
 */
@Singleton
@Startup
public class ProductionSafeguards {

    private static final Logger LOG = Logger.getLogger(ProductionSafeguards.class.getName());

    @Inject
    PortalSettings settings;

    @PostConstruct
    void check() {
        if (settings.isDemoMode()) {
            LOG.warning("MODE DÉMONSTRATION : comptes et mots de passe publiés, jamais en production"
                    + " / DEMO MODE: published accounts and passwords, never in production");
            return;
        }
        List<String> unmet = ProductionRequirements.unmet(settings::value);
        if (unmet.isEmpty()) {
            return;
        }
        unmet.forEach(line ->
                LOG.severe("Mode production, démarrage refusé : " + line + " / Production mode, start refused"));
        throw new IllegalStateException("Mode production : configuration incomplète / Production mode: incomplete"
                + " configuration — " + String.join(" ; ", unmet));
    }
}
