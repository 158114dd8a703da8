package tg.cnss.eservices.payment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * Demo mode only: stands for the aggregator. The "payer" confirms a few seconds later — the
 * portal then receives the same signed notification a real aggregator would send, on its own API,
 * so that the whole path is the real one. A number ending in 0000 is refused ("solde
 * insuffisant"), to show a failed payment.
 */
@ApplicationScoped
public class DemoPaymentGateway implements PaymentGateway {

    /** The notification secret of demo servers (published: demo mode is never production). */
    public static final String DEMO_SECRET = "secret-de-demonstration-paiement-mobile";

    static final Duration CONFIRMED_AFTER = Duration.ofSeconds(3);
    private static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(DemoPaymentGateway.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    PortalSettings settings;

    @Override
    public String start(Charge charge) {
        String transaction = "DEMO-" + UUID.randomUUID();
        boolean refused = charge.phone().endsWith("0000");
        var notification = Json.createObjectBuilder()
                .add("transactionId", transaction)
                .add("reference", charge.reference())
                .add("status", refused ? "FAILED" : "SUCCESS")
                .add("amount", charge.amount())
                .add("operator", charge.operator().name())
                .add("receivedAt", Instant.now().toString());
        if (refused) {
            notification.add("reason", "Solde insuffisant (démonstration)");
        }
        String body = notification.build().toString();
        scheduler.schedule(
                () -> notify(charge, body, transaction, 1), CONFIRMED_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        return transaction;
    }

    /** Sends the notification; tries again a few times (the payment's transaction may not be committed yet). */
    private void notify(Charge charge, String body, String transaction, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(charge.notificationAddress())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header(
                        NotificationSignature.HEADER,
                        NotificationSignature.of(
                                body, PaymentGateways.secretOf(settings).orElse(DEMO_SECRET)))
                .header("Idempotency-Key", transaction)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int status;
        try {
            status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            status = 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status / 100 != 2 && attempt < ATTEMPTS) {
            scheduler.schedule(() -> notify(charge, body, transaction, attempt + 1), 2, TimeUnit.SECONDS);
        } else if (status / 100 != 2) {
            int last = status;
            LOG.log(
                    Level.WARNING,
                    () -> "Démonstration : notification de " + charge.reference() + " refusée (" + last
                            + ") / demo notification refused");
        }
    }
}
