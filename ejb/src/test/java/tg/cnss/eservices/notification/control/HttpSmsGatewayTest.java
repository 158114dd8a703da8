package tg.cnss.eservices.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.notification.entity.DeliveryStatus;

/** The HTTP gateway against a real HTTP server standing in for the aggregator. */
class HttpSmsGatewayTest {

    private record Received(String method, String path, Map<String, List<String>> headers, String body) {}

    private HttpServer aggregator;
    private final List<Received> received = new ArrayList<>();
    private volatile int status = 201;
    private volatile String answer = "{\"id\":\"MSG-42\",\"status\":\"queued\"}";

    @BeforeEach
    void startAggregator() throws IOException {
        aggregator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        aggregator.createContext("/v1/sms", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        aggregator.start();
    }

    @AfterEach
    void stopAggregator() {
        aggregator.stop(0);
    }

    private HttpSmsGateway gateway(String user, String password) {
        URI url = URI.create("http://127.0.0.1:" + aggregator.getAddress().getPort() + "/v1/sms");
        return new HttpSmsGateway(new HttpSmsGateway.Settings(url, user, password, "CNSS-TOGO", Duration.ofSeconds(5)));
    }

    @Test
    void aMessageIsPostedAsJsonWithBasicCredentials() {
        DeliveryReport report =
                gateway("cnss", "s3cret").send("90 12 34 56", "CNSS : votre demande RC-2026-000001 — acceptée.");

        assertEquals(DeliveryStatus.SENT, report.status());
        assertEquals("Identifiant passerelle : MSG-42", report.detail());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/sms", request.path());
        assertEquals(
                "Basic Y25zczpzM2NyZXQ=", request.headers().get("Authorization").get(0));
        assertTrue(request.headers().get("Content-type").get(0).startsWith("application/json"));
        JsonObject json = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals("CNSS-TOGO", json.getString("from"));
        assertEquals("+22890123456", json.getString("to"));
        assertEquals("CNSS : votre demande RC-2026-000001 — acceptée.", json.getString("text"));
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSent() {
        answer = "ok";
        DeliveryReport report = gateway(null, null).send("+228 22 21 00 00", "Bonjour");
        assertEquals(DeliveryStatus.SENT, report.status());
        assertNull(report.detail(), "réponse non JSON : pas d'identifiant");
        assertNull(received.get(0).headers().get("Authorization"));
    }

    @Test
    void aRefusalOrAnOutageThrowsSoThatTheQueueRetries() {
        status = 503;
        SmsDeliveryException refused = assertThrows(
                SmsDeliveryException.class, () -> gateway("cnss", "x").send("90123456", "a"));
        assertEquals("Passerelle SMS : réponse 503", refused.getMessage());
        status = 401;
        assertThrows(SmsDeliveryException.class, () -> gateway("cnss", "faux").send("90123456", "a"));
    }

    @Test
    void anUnreachableGatewayThrows() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new HttpSmsGateway(new HttpSmsGateway.Settings(
                URI.create("http://127.0.0.1:" + closedPort + "/sms"), null, null, null, Duration.ofSeconds(2)));
        assertTrue(assertThrows(SmsDeliveryException.class, () -> unreachable.send("90123456", "a"))
                .getMessage()
                .startsWith("Passerelle SMS injoignable"));
    }

    @Test
    void aNumberThatIsNotTogoleseIsNotSentAndNotRetried() {
        DeliveryReport report = gateway("cnss", "x").send("+33 6 12 34 56 78", "Bonjour");
        assertEquals(DeliveryStatus.NOT_SENT, report.status());
        assertTrue(report.detail().startsWith("Numéro invalide"));
        assertTrue(received.isEmpty());
    }

    @Test
    void longTextsAreCutToThreeSmsParts() {
        gateway(null, null).send("90123456", "é".repeat(1000));
        String text = Json.createReader(new StringReader(received.get(0).body()))
                .readObject()
                .getString("text");
        assertEquals(HttpSmsGateway.MAX_LENGTH, text.length());
    }

    @Test
    void thePasswordNeverShowsInTheSettingsText() {
        var settings =
                new HttpSmsGateway.Settings(URI.create("https://sms.example.tg/v1"), "cnss", "s3cret", null, null);
        assertEquals("Passerelle SMS https://sms.example.tg/v1 (compte cnss)", settings.toString());
        assertEquals("CNSS", settings.sender());
        assertThrows(
                IllegalArgumentException.class,
                () -> new HttpSmsGateway.Settings(URI.create("ftp://x/"), null, null, null, null));
    }
}
