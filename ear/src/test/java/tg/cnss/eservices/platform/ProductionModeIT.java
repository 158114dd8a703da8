package tg.cnss.eservices.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * Security review, finding 9, on a WildFly of its own (ports +400) started without demo mode:
 * without CNSS_DATA_KEY it refuses to start and says which variable to set, in French and English;
 * configured, it serves no /demo/ page, sends secure session cookies, and closes at start-up every
 * account of the demo domain (whose passwords are published).
 */
class ProductionModeIT {

    private static final Map<String, String> PRODUCTION = Map.of(
            "CNSS_DATA_KEY", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
            "CNSS_PUBLIC_URL", "https://services.cnss.tg",
            "CNSS_SECURE_COOKIES", "true");

    private final StandaloneServer server =
            StandaloneServer.prepare("production-server", 400, PortalDeployment.withDemoAccountsProbe());

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void withoutItsDataKeyTheServerRefusesToStartAndSaysWhatToSet() throws Exception {
        Map<String, String> withoutKey = new HashMap<>(PRODUCTION);
        withoutKey.remove("CNSS_DATA_KEY");
        server.inProductionMode(withoutKey).launch();
        assertTrue(
                server.awaitLog("Production mode, start refused", Duration.ofMinutes(3)),
                "log line in French and English; see " + server.log());
        assertTrue(server.awaitLog("définissez CNSS_DATA_KEY", Duration.ZERO));
        // The deployment failed: whatever the server answers, it is not the portal.
        assertNotEquals(200, awaitAnswer("/"), "no portal without its key");
    }

    @Test
    void configuredItServesNoDemoPageSendsSecureCookiesAndClosesDemoAccounts() throws Exception {
        server.inProductionMode(PRODUCTION).start("/", Duration.ofMinutes(3));
        try {
            assertEquals(404, status("/demo/boite-mail.xhtml"), "no demo mailbox");
            HttpResponse<String> signInPage = get("/connexion.xhtml");
            assertTrue(
                    signInPage.headers().allValues("Set-Cookie").stream()
                            .anyMatch(cookie -> cookie.startsWith("JSESSIONID")
                                    && cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure")),
                    "session cookie for TLS only: " + signInPage.headers().allValues("Set-Cookie"));
            assertTrue(!signInPage.body().contains("codeDemo"), "no demo code anywhere");

            String planted = post("/test/comptes-demo").body();
            assertEquals("ouvert", get("/test/comptes-demo?email=" + planted).body());
            server.stop();
            server.start("/", Duration.ofMinutes(3));
            assertEquals("fermé", get("/test/comptes-demo?email=" + planted).body(), "closed at start-up");
        } finally {
            // The database may be the one the other tests share (MariaDB): give its demo accounts back.
            post("/test/comptes-demo?rouvrir");
        }
    }

    /** The status of the first answer (the HTTP listener may not be up yet), within a minute. */
    private int awaitAnswer(String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                return StandaloneServer.http()
                        .send(HttpRequest.newBuilder(server.url(path)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("pas de réponse de " + server.url(path), notYet);
                }
                Thread.sleep(1000);
            }
        }
    }

    private int status(String path) {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.url(path)).GET().build());
    }

    private HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(server.url(path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return StandaloneServer.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("requête impossible : " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
