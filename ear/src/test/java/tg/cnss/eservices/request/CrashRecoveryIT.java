package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * quality.md, "nothing lost": claims are filed one after another, the server is killed with
 * {@code kill -9} while some are being committed and routed, and started again. Within the five
 * minutes of recovery allowed, every request whose reference was acknowledged is in the database,
 * and every request in the database is in exactly one place — with its one work item, its message
 * still on the department's queue, or in the dead-letter queue — and no request has two work items.
 * Runs on a WildFly of its own (ports +300), since the Arquillian one must survive.
 */
class CrashRecoveryIT {

    private static final int CLAIMS = 300;
    private static final int KILL_AFTER = 60;
    private static final Duration RECOVERY = Duration.ofMinutes(5);

    private final String lot = UUID.randomUUID().toString().substring(0, 8);
    private final StandaloneServer server =
            StandaloneServer.prepare("crash-server", 300, PortalDeployment.withBurstSubmitter());
    private final String bilan = "/test/rafale?lot=" + lot;

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void aKilledServerLosesNoAcknowledgedRequestAndRoutesEachOnce() throws Exception {
        server.start(bilan, Duration.ofMinutes(3));

        List<String> acknowledged = fileClaimsAndKillTheServerMidway();
        assertEquals(KILL_AFTER, acknowledged.size(), "références lues avant la panne");

        server.start(bilan, Duration.ofMinutes(3));
        Instant deadline = Instant.now().plus(RECOVERY);
        // A message whose consumer was cut off between prepare and commit is neither on its queue
        // nor turned into a work item until the transaction manager's recovery settles it.
        Map<String, List<String>> places = places();
        while (!(settled(places) && places.get("queued").isEmpty())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
            places = places();
        }
        System.out.printf(
                "Reprise après panne : %d demandes enregistrées, %d acquittées, état stable après %s%n",
                places.get("stored").size(),
                acknowledged.size(),
                Duration.between(deadline.minus(RECOVERY), Instant.now()));

        List<String> stored = places.get("stored");
        List<String> withItem = places.get("withItem");
        assertTrue(
                stored.containsAll(acknowledged),
                () -> "références acquittées absentes de la base : " + missing(acknowledged, stored));
        assertEquals(withItem.size(), new HashSet<>(withItem).size(), "une demande a reçu deux éléments de travail");
        List<String> everywhere = new ArrayList<>(withItem);
        everywhere.addAll(places.get("queued"));
        everywhere.addAll(places.get("deadLettered"));
        assertEquals(
                new HashSet<>(stored),
                new HashSet<>(everywhere),
                "chaque demande enregistrée a son élément de travail, son message en file ou en lettre morte");
        assertEquals(stored.size(), everywhere.size(), "aucune demande à deux endroits");
        assertTrue(places.get("queued").isEmpty(), "file vidée dans les 5 minutes de reprise");
    }

    /** Reads the references as the server acknowledges them and kills it after {@link #KILL_AFTER}. */
    private List<String> fileClaimsAndKillTheServerMidway() throws IOException, InterruptedException {
        HttpRequest burst = HttpRequest.newBuilder(server.url("/test/rafale?lot=" + lot + "&n=" + CLAIMS))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<InputStream> response =
                StandaloneServer.http().send(burst, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < KILL_AFTER) {
                String line = lines.readLine();
                assertTrue(line != null, "la rafale s'est arrêtée avant la panne");
                acknowledged.add(line.strip());
            }
            server.kill();
        } catch (IOException expected) {
            // The connection dies with the server.
        }
        return acknowledged;
    }

    private Map<String, List<String>> places() throws IOException, InterruptedException {
        String body = StandaloneServer.http()
                .send(HttpRequest.newBuilder(server.url(bilan)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            String[] parts = line.strip().split("=", 2);
            places.put(
                    parts[0], parts.length < 2 || parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(",")));
        }
        for (String key : List.of("stored", "withItem", "queued", "deadLettered")) {
            assertTrue(places.containsKey(key), () -> "bilan incomplet : " + body);
        }
        return places;
    }

    private static boolean settled(Map<String, List<String>> places) {
        Set<String> placed = new HashSet<>(places.get("withItem"));
        placed.addAll(places.get("queued"));
        placed.addAll(places.get("deadLettered"));
        return placed.equals(new HashSet<>(places.get("stored")));
    }

    private static Set<String> missing(List<String> expected, List<String> actual) {
        Set<String> missing = new HashSet<>(expected);
        actual.forEach(missing::remove);
        return missing;
    }
}
