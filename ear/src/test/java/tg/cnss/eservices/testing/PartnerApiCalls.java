package tg.cnss.eservices.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tg.cnss.eservices.partner.boundary.PartnerClients;
import tg.cnss.eservices.payment.control.NotificationSignature;

/**
 * A partner's side of the API, for the tests that call it over HTTP as a bank or a payroll
 * software would: tokens, calls, signed notifications, and the checks of an RFC 9457 problem.
 */
public final class PartnerApiCalls {

    public static final String BASE = "http://localhost:8080/api";

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpResponse<String> token(String clientId, String secret, String scope)
            throws IOException, InterruptedException {
        String body = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret)
                + (scope == null ? "" : "&scope=" + encode(scope));
        return send(form(body));
    }

    /** {@code Bearer <token>} for the client, with all its scopes. */
    public String bearer(PartnerClients.NewSecret client) throws IOException, InterruptedException {
        HttpResponse<String> granted = token(client.clientId(), client.secret(), null);
        assertEquals(200, granted.statusCode(), granted.body());
        return "Bearer " + json(granted).getString("access_token");
    }

    public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A notification to {@code path}: JSON body, token (none when null), signature header and idempotency key. */
    public HttpResponse<String> notify(String path, String body, String bearer, String signature, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .header(NotificationSignature.HEADER, signature)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return send(request);
    }

    /** The same, signed as it should be with the client's signing key. */
    public HttpResponse<String> notifySigned(
            String path, String body, PartnerClients.NewSecret client, String bearer, String key)
            throws IOException, InterruptedException {
        return notify(path, body, bearer, NotificationSignature.of(body, client.signingKey()), key);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpRequest.Builder form(String body) {
        return HttpRequest.newBuilder(URI.create(BASE + "/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A problem (RFC 9457) of this status and type, with a title and a detail for people. */
    public static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals("/api/docs#probleme-" + type, problem.getString("type"), response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
