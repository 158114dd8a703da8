package tg.cnss.eservices.notification.control;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import tg.cnss.eservices.kernel.PhoneNumber;

/**
 * An SMS aggregator reached over HTTPS: one POST per message, JSON
 * {@code {"from": sender, "to": "+228…", "text": …}}, HTTP Basic credentials when given. Any 2xx
 * is accepted; the gateway's message id, if it returns one as {@code "id"}, is kept in the report.
 * Operators that speak another dialect need an implementation of their own behind
 * {@link SmsGateway}.
 */
public class HttpSmsGateway implements SmsGateway {

    /** The SMS standard: 160 GSM characters, or 70 with accents (UCS-2); longer texts are cut by the portal. */
    static final int MAX_LENGTH = 459;

    private final Settings settings;
    private final HttpClient client;

    public record Settings(URI url, String user, String password, String sender, Duration timeout) {

        public Settings {
            Objects.requireNonNull(url, "URL de la passerelle SMS");
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("URL de passerelle SMS non HTTP : " + url);
            }
            sender = sender == null || sender.isBlank() ? "CNSS" : sender;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }

        /** Never prints the password, so that the settings can be logged. */
        @Override
        public String toString() {
            return "Passerelle SMS " + url + (user == null ? "" : " (compte " + user + ")");
        }
    }

    public HttpSmsGateway(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public DeliveryReport send(String phone, String text) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (IllegalArgumentException notTogolese) {
            return DeliveryReport.notSent("Numéro invalide : " + notTogolese.getMessage());
        }
        String body = Json.createObjectBuilder()
                .add("from", settings.sender())
                .add("to", number.e164())
                .add("text", text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH))
                .build()
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.user() != null && !settings.user().isBlank()) {
            String credentials = settings.user() + ":" + (settings.password() == null ? "" : settings.password());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new SmsDeliveryException("Passerelle SMS injoignable : " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Envoi SMS interrompu", interrupted);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SmsDeliveryException("Passerelle SMS : réponse " + response.statusCode(), null);
        }
        return DeliveryReport.sent(messageIdIn(response.body()));
    }

    private static String messageIdIn(String body) {
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            var json = reader.readObject();
            return json.containsKey("id")
                    ? "Identifiant passerelle : " + json.get("id").toString().replace("\"", "")
                    : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
