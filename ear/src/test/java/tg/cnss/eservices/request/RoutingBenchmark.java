package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.testing.BenchmarkResult;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * quality.md, performance: "JMS routing: 10 000 submitted requests all in worklists in ≤ 60 s;
 * submit-to-worklist p99 ≤ 1 s". Not part of {@code mvn verify} (its name does not end in IT):
 * {@code benchmarks/run.sh routing} runs it and records the figures in
 * {@code benchmarks/results.md}. Claims are filed by {@link #CLIENTS} concurrent HTTP clients
 * through the real submit path (XA transaction, JMS) on a server of its own.
 */
class RoutingBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 10_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final String lot = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final StandaloneServer server =
            StandaloneServer.prepare("bench-server", 300, PortalDeployment.withBurstSubmitter());

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void routesTenThousandRequests() throws Exception {
        String measures = "/test/rafale?mesures=1&lot=" + lot;
        server.start(measures, Duration.ofMinutes(3));
        warmUp();

        HttpClient http = StandaloneServer.http();
        int perClient = REQUESTS / CLIENTS;
        Instant start = Instant.now();
        List<CompletableFuture<HttpResponse<Void>>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            HttpRequest burst = HttpRequest.newBuilder(server.url(
                            "/test/rafale?lot=" + lot + "&n=" + perClient + "&from=" + (client * perClient + 1)))
                    .timeout(LIMIT)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            clients.add(http.sendAsync(burst, HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> client : clients) {
            assertEquals(200, client.join().statusCode(), "rafale refusée ; voir " + server.log());
        }
        Duration submitted = Duration.between(start, Instant.now());

        Map<String, Long> figures = figures(measures);
        while (figures.get("routed") < (long) perClient * CLIENTS
                && Duration.between(start, Instant.now()).compareTo(LIMIT) < 0) {
            Thread.sleep(200);
            figures = figures(measures);
        }
        Duration routed = Duration.between(start, Instant.now());
        assertEquals((long) perClient * CLIENTS, figures.get("routed"), "demandes dans les corbeilles");

        BenchmarkResult.record(
                "routing",
                String.format(
                        "%d demandes, %d clients, toutes soumises en %.1f s, toutes dans les corbeilles en %.1f s"
                                + " (cible ≤ 60 s) ; soumission → corbeille p50 %d ms, p99 %d ms (cible ≤ 1 000 ms),"
                                + " max %d ms",
                        figures.get("routed"),
                        CLIENTS,
                        submitted.toMillis() / 1000.0,
                        routed.toMillis() / 1000.0,
                        figures.get("p50"),
                        figures.get("p99"),
                        figures.get("max")));
    }

    /** A few claims first, so that class loading and pools are not counted. */
    private void warmUp() throws IOException, InterruptedException {
        StandaloneServer.http()
                .send(
                        HttpRequest.newBuilder(server.url("/test/rafale?lot=" + lot + "-chauffe&n=50"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    private Map<String, Long> figures(String path) throws IOException, InterruptedException {
        String body = StandaloneServer.http()
                .send(HttpRequest.newBuilder(server.url(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String line : body.strip().split("\n")) {
            String[] parts = line.strip().split("=", 2);
            figures.put(parts[0], Long.parseLong(parts[1]));
        }
        return figures;
    }
}
