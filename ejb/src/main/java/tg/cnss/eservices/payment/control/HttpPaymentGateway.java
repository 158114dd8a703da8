package tg.cnss.eservices.payment.control;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A mobile-money aggregator reached over HTTPS: {@code POST <url>/charges} with JSON
 * {@code {"reference", "operator", "phone", "amount", "currency": "XOF", "description",
 * "notificationUrl"}} and the API key as a bearer token; a 2xx answer carries the aggregator's
 * {@code "transactionId"}. Aggregators with another dialect need an implementation of their own.
 */
public class HttpPaymentGateway implements PaymentGateway {

    private final Settings settings;
    private final HttpClient client;

    public record Settings(URI url, String apiKey, Duration timeout) {

        public Settings {
            Objects.requireNonNull(url, "URL de l'agrégateur de paiement mobile");
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("URL d'agrégateur non HTTP : " + url);
            }
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        /** Never prints the key, so that the settings can be logged. */
        @Override
        public String toString() {
            return "Agrégateur de paiement mobile " + url;
        }
    }

    public HttpPaymentGateway(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String start(Charge charge) {
        String body = Json.createObjectBuilder()
                .add("reference", charge.reference())
                .add("operator", charge.operator().name())
                .add("phone", charge.phone())
                .add("amount", charge.amount())
                .add("currency", "XOF")
                .add("description", charge.description())
                .add("notificationUrl", charge.notificationAddress().toString())
                .build()
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(settings.url().toString().replaceFirst("/$", "") + "/charges"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", charge.reference())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new PaymentGatewayException(
                    "Le service de paiement mobile ne répond pas : réessayez dans quelques minutes.", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PaymentGatewayException("Paiement mobile interrompu : réessayez.", interrupted);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PaymentGatewayException(
                    "Le service de paiement mobile a refusé la demande (réponse " + response.statusCode()
                            + ") : vérifiez le numéro et l'opérateur, ou payez par virement.",
                    null);
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("transactionId");
        } catch (RuntimeException unreadable) {
            throw new PaymentGatewayException(
                    "Réponse illisible du service de paiement mobile : réessayez dans quelques minutes.", unreadable);
        }
    }
}
