package tg.cnss.eservices.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * Chooses the SMS gateway of this server: the demo mailbox in demo mode, the HTTP gateway when
 * {@code CNSS_SMS_URL} is set, otherwise none (messages are recorded as not sent, with the reason).
 */
@ApplicationScoped
public class SmsGateways {

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Inject
    PortalSettings settings;

    private volatile SmsGateway http;

    @Produces
    SmsGateway gateway() {
        if (settings.isDemoMode()) {
            return new DemoMailboxSmsGateway();
        }
        String url = settings.value("cnss.sms.url", "CNSS_SMS_URL");
        if (url == null || url.isBlank()) {
            return (phone, text) -> DeliveryReport.notSent("Aucune passerelle SMS n'est configurée sur ce serveur");
        }
        if (http == null) {
            var gateway = new HttpSmsGateway.Settings(
                    URI.create(url.strip()),
                    settings.value("cnss.sms.user", "CNSS_SMS_USER"),
                    settings.value("cnss.sms.password", "CNSS_SMS_PASSWORD"),
                    settings.value("cnss.sms.sender", "CNSS_SMS_SENDER"),
                    null);
            LOG.info(() -> "SMS envoyés par " + gateway);
            http = new HttpSmsGateway(gateway);
        }
        return http;
    }
}
