package tg.cnss.eservices.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.testing.BenchmarkResult;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * quality.md, performance: "Cold start: server boot plus deployment ≤ 30 s". Starts the configured
 * WildFly with the EAR as built three times and measures, from the launch of {@code standalone.sh}
 * until the home page answers 200, each start. The first start of a fresh server directory also
 * creates the broker's journal (and on H2 the database and its schema). Run by
 * {@code benchmarks/run.sh coldstart}, not by {@code mvn verify}.
 */
class ColdStartBenchmark {

    private static final int STARTS = 3;

    private final StandaloneServer server =
            StandaloneServer.prepare("coldstart-server", 300, PortalDeployment.asBuilt());

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void startsThreeTimes() {
        List<Duration> starts = new ArrayList<>();
        for (int start = 0; start < STARTS; start++) {
            Instant launched = Instant.now();
            server.start("/", Duration.ofMinutes(3));
            starts.add(Duration.between(launched, Instant.now()));
            server.stop();
        }
        BenchmarkResult.record(
                "coldstart",
                "démarrages jusqu'à la page d'accueil en "
                        + starts.stream()
                                .map(duration -> String.format("%.1f", duration.toMillis() / 1000.0))
                                .collect(Collectors.joining(" / "))
                        + " s (premier : répertoire neuf) ; cible ≤ 30 s");
    }
}
