package tg.cnss.eservices.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.PortalHttpClient;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * quality.md, performance: "the employer dashboard and the worklist at ≥ 50 % of a bare PrimeFaces
 * page's throughput in the same run, p95 ≤ 300 ms at 16 connections". Each page is loaded by 16
 * concurrent HTTP/1.1 connections, first to warm up, then for the measure; signed-in pages share
 * one session per role (a staff sign-in needs a fresh authenticator code, so 16 sessions would
 * mostly measure waiting for codes). Every answer must be the page itself (200 and its heading),
 * never a redirect to the sign-in page. The agents' space with nothing in it is measured too, to
 * tell what the space's template costs from what the worklist's content costs. Run by {@code
 * benchmarks/run.sh pages}.
 */
class PageBenchmark {

    private static final int CONNECTIONS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

    // Issue 9: the volume the worklist must stay fast at.
    private static final int VOLUME_REQUESTS = Integer.getInteger("bench.volume.requests", 200_000);
    private static final int VOLUME_ITEMS = Integer.getInteger("bench.volume.items", 50_000);
    private static final int VOLUME_OPEN = Integer.getInteger("bench.volume.open", 8_000);

    private final StandaloneServer server =
            StandaloneServer.prepare("pages-server", 300, PortalDeployment.withBarePage());

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void dashboardAndWorklistAgainstABarePage() throws Exception {
        server.start(PortalDeployment.BARE_PAGE, Duration.ofMinutes(3));
        String added = seedVolume();
        PortalHttpClient visitor = PortalHttpClient.overHttp11(server.url("/"));
        PortalHttpClient employer = signedIn(DemoAccounts.EMPLOYER.email(), "/employeur/");
        PortalHttpClient agent = signedIn(DemoAccounts.AGENT.email(), "/agent/");

        Load bare = load(visitor, PortalDeployment.BARE_PAGE, "id=\"pageNue\"");
        Load dashboard = load(employer, "/employeur/", "id=\"titreEspace\"");
        Load emptySpace = load(agent, PortalDeployment.EMPTY_AGENT_PAGE, "id=\"espaceVide\"");
        Load worklist = load(agent, "/agent/corbeille.xhtml", "id=\"titrePage\"");
        long opened = worklistOpenedInBrowser();

        BenchmarkResult.record(
                "pages",
                String.format(
                        "volume : %d demandes dont %d dans la corbeille Relations usagers (%d ouvertes), %s ajoutées"
                                + " pour ce passage ; %d connexions, %d s mesurées par page ; page nue %.0f req/s (p95 %d ms) ; tableau de bord"
                                + " employeur %.0f req/s = %.0f %% (p95 %d ms) ; corbeille agent %.0f req/s = %.0f %%"
                                + " (p95 %d ms) ; espace agent vide %.0f req/s = %.0f %% (p95 %d ms) ; cibles ≥ 50 %% et p95 ≤ 300 ms ; corbeille ouverte dans Chromium en"
                                + " %d ms (médiane de 5, cible < 1 000 ms)",
                        VOLUME_REQUESTS,
                        VOLUME_ITEMS,
                        VOLUME_OPEN,
                        added,
                        CONNECTIONS,
                        MEASURE.toSeconds(),
                        bare.perSecond(),
                        bare.p95(),
                        dashboard.perSecond(),
                        100 * dashboard.perSecond() / bare.perSecond(),
                        dashboard.p95(),
                        worklist.perSecond(),
                        100 * worklist.perSecond() / bare.perSecond(),
                        worklist.p95(),
                        emptySpace.perSecond(),
                        100 * emptySpace.perSecond() / bare.perSecond(),
                        emptySpace.p95(),
                        opened));
    }

    /**
     * Issue 9: "a department of 50 000 items must still open in under a second in the browser" —
     * the demo agent's worklist opened 5 times in headless Chromium, from the request to the
     * page's load event (scripts and styles included), the median in milliseconds.
     */
    private long worklistOpenedInBrowser() {
        org.openqa.selenium.WebDriver browser = Browser.open();
        try {
            browser.get(server.url("/").toString());
            browser.findElement(org.openqa.selenium.By.id("connexion:email")).sendKeys(DemoAccounts.AGENT.email());
            browser.findElement(org.openqa.selenium.By.id("connexion:motDePasse"))
                    .sendKeys(DemoAccounts.PASSWORD);
            Browser.signInAndPassSecondStep(browser);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                browser.get(server.url("/agent/corbeille.xhtml").toString());
                assertTrue(!browser.findElements(org.openqa.selenium.By.id("corbeille:elements"))
                        .isEmpty());
                Number loaded = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("const t = performance.getEntriesByType('navigation')[0];"
                                + " return t.loadEventEnd - t.startTime;");
                if (i > 0) { // the first warms the browser's cache of scripts and styles
                    times.add(loaded.longValue());
                }
            }
            Collections.sort(times);
            return times.get(times.size() / 2);
        } finally {
            browser.quit();
        }
    }

    /** Fills the database to the volume (nothing added when a previous run did). */
    private String seedVolume() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(server.url("/test/volume?requests=" + VOLUME_REQUESTS
                                        + "&items=" + VOLUME_ITEMS + "&open=" + VOLUME_OPEN))
                                .timeout(Duration.ofMinutes(30))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, () -> "volume : " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private PortalHttpClient signedIn(String email, String space) {
        PortalHttpClient client = PortalHttpClient.overHttp11(server.url("/"));
        HttpResponse<String> signedIn = client.signIn(email, DemoAccounts.PASSWORD);
        assertTrue(
                signedIn.headers().firstValue("Location").orElse("").endsWith(space),
                () -> "connexion de " + email + " : " + signedIn.statusCode());
        return client;
    }

    private Load load(PortalHttpClient client, String path, String marker) throws Exception {
        run(client, path, marker, WARM_UP);
        return run(client, path, marker, MEASURE);
    }

    /** CONNECTIONS loops of GETs for the duration; every answer checked. */
    private static Load run(PortalHttpClient client, String path, String marker, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger wrong = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                loops.add(connections.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.get(path);
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200 || !response.body().contains(marker)) {
                            wrong.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        } finally {
            connections.shutdownNow();
        }
        assertEquals(0, wrong.get(), "réponses qui ne sont pas la page " + path);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1_000_000;
        return new Load(sorted.size() / (double) duration.toSeconds(), p95);
    }

    private record Load(double perSecond, long p95) {}
}
