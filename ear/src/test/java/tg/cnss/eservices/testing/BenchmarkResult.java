package tg.cnss.eservices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark leaves its figures: {@code target/benchmarks/NAME.txt}, which benchmarks/run.sh copies into benchmarks/results.md. */
public final class BenchmarkResult {

    private BenchmarkResult() {}

    /** Prints and writes the line, with the database the server used. */
    public static void record(String name, String figures) {
        String line = name + ": " + figures + " ; base " + (System.getenv("DB_URL") == null ? "H2" : "MySQL/MariaDB");
        System.out.println(line);
        try {
            Path file = Path.of("target", "benchmarks", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
