package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.testing.BenchmarkResult;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * quality.md, performance: "public quitus verification API: ≥ 50 % of the throughput of a trivial
 * JAX-RS endpoint on the same server in the same run, p99 ≤ 2× its p99". Both are loaded by 16
 * concurrent HTTP/1.1 connections, warmed up, then measured; the verification with a partner
 * token (signature, client, scope and rate checked, the call audited) and a valid quitus, every
 * answer checked. The token is renewed before it expires, as a partner would. Run by {@code
 * benchmarks/run.sh api}.
 */
class ApiBenchmark {

    private static final int CONNECTIONS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 40));
    private static final int ROUNDS = 4;

    private final StandaloneServer server =
            StandaloneServer.prepare("api-server", 400, PortalDeployment.withPartnerBenchSeeder());

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void verificationAgainstATrivialEndpoint() throws Exception {
        server.start("/api/v1/disponibilite", Duration.ofMinutes(3));
        String[] seeded = send(HttpRequest.newBuilder(server.url("/test/partenaire-banc"))
                        .POST(HttpRequest.BodyPublishers.noBody()))
                .body()
                .split(" ");
        String bearer = "Bearer " + token(seeded[0], seeded[1]);
        String verification = "/api/v1/verification/documents/" + seeded[2] + "?code=" + seeded[3];

        load("/api/v1/disponibilite", null, "disponible", WARM_UP);
        load(verification, bearer, "\"VALIDE\"", WARM_UP);
        // In alternating rounds: this machine's speed drifts (other virtual machines on the host),
        // and both endpoints should meet the same drift.
        Load trivial = Load.NONE;
        Load verified = Load.NONE;
        Duration round = MEASURE.dividedBy(ROUNDS);
        for (int i = 0; i < ROUNDS; i++) {
            trivial = trivial.and(load("/api/v1/disponibilite", null, "disponible", round));
            bearer = "Bearer " + token(seeded[0], seeded[1]); // a fresh token, as a partner would
            verified = verified.and(load(verification, bearer, "\"VALIDE\"", round));
        }

        BenchmarkResult.record(
                "api",
                String.format(
                        "%d connexions, %d s mesurées chacun en %d tours alternés ; point trivial (GET /api/v1/disponibilite) %.0f req/s, p99 %.1f ms ;"
                                + " vérification d'un quitus avec jeton %.0f req/s = %.0f %% (cible ≥ 50 %%), p99 %.1f ms"
                                + " = %.2f× (cible ≤ 2×)",
                        CONNECTIONS,
                        MEASURE.toSeconds(),
                        ROUNDS,
                        trivial.perSecond(),
                        trivial.p99Millis(),
                        verified.perSecond(),
                        100 * verified.perSecond() / trivial.perSecond(),
                        verified.p99Millis(),
                        verified.p99Millis() / trivial.p99Millis()));
    }

    private String token(String clientId, String secret) throws Exception {
        HttpResponse<String> granted = send(HttpRequest.newBuilder(server.url("/api/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret)));
        assertEquals(200, granted.statusCode(), granted.body());
        return granted.body().replaceFirst(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    /** CONNECTIONS loops of GETs for the duration; every answer checked. */
    private Load load(String path, String authorization, String marker, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger wrong = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                loops.add(connections.submit(() -> {
                    HttpRequest.Builder request =
                            HttpRequest.newBuilder(server.url(path)).GET();
                    if (authorization != null) {
                        request.header("Authorization", authorization);
                    }
                    HttpRequest built = request.build();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<String> response =
                                http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200 || !response.body().contains(marker)) {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        } finally {
            connections.shutdownNow();
        }
        assertEquals(0, wrong.get(), "réponses fausses de " + path);
        return new Load(new ArrayList<>(latencies), duration);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The latencies of the rounds measured so far, and how long they took. */
    private record Load(List<Long> latencies, Duration duration) {
        static final Load NONE = new Load(List.of(), Duration.ZERO);

        Load and(Load other) {
            List<Long> all = new ArrayList<>(latencies);
            all.addAll(other.latencies);
            return new Load(all, duration.plus(other.duration));
        }

        double perSecond() {
            return latencies.size() / (duration.toMillis() / 1000.0);
        }

        double p99Millis() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) / 1_000_000.0;
        }
    }
}
