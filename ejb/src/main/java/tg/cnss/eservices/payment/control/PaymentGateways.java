package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * Chooses the mobile-money aggregator of this server: the demo one in demo mode, the HTTP one when
 * {@code CNSS_MOBILE_MONEY_URL} is set (key {@code CNSS_MOBILE_MONEY_KEY}), otherwise none — the
 * payment page then says mobile payment is not open. Notifications are signed with
 * {@code CNSS_MOBILE_MONEY_SECRET} (in demo mode, the published demo secret unless one is set);
 * without a secret, none is accepted.
 */
@ApplicationScoped
public class PaymentGateways {

    private static final Logger LOG = Logger.getLogger(PaymentGateways.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    DemoPaymentGateway demo;

    private volatile HttpPaymentGateway http;

    public Optional<PaymentGateway> current() {
        if (settings.isDemoMode()) {
            return Optional.of(demo);
        }
        String url = settings.value("cnss.mobile-money.url", "CNSS_MOBILE_MONEY_URL");
        if (url == null || url.isBlank() || notificationSecret().isEmpty()) {
            return Optional.empty();
        }
        if (http == null) {
            var configured = new HttpPaymentGateway.Settings(
                    URI.create(url.strip()), settings.value("cnss.mobile-money.key", "CNSS_MOBILE_MONEY_KEY"), null);
            LOG.info(() -> "Paiements mobiles par " + configured);
            http = new HttpPaymentGateway(configured);
        }
        return Optional.of(http);
    }

    public Optional<String> notificationSecret() {
        return secretOf(settings);
    }

    static Optional<String> secretOf(PortalSettings settings) {
        String secret = settings.value("cnss.mobile-money.secret", "CNSS_MOBILE_MONEY_SECRET");
        if (secret != null && !secret.isBlank()) {
            return Optional.of(secret.strip());
        }
        return settings.isDemoMode() ? Optional.of(DemoPaymentGateway.DEMO_SECRET) : Optional.empty();
    }

    /** Where the aggregator sends its notifications: the portal's public address. */
    public URI notificationAddress() {
        return URI.create(settings.publicAddress() + "/api/v1/paiements/notifications");
    }
}
