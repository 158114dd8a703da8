package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.declaration.control.DnrLayout;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.testing.BenchmarkResult;
import tg.cnss.eservices.testing.DnrBench;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.StandaloneServer;

/**
 * Issue 10, performance: "a generated 50 000-row file imported in ≤ 15 s with heap growth ≤ 256 MB,
 * and ≤ 3× a bare streaming read of the same file in the same run". Not part of {@code mvn verify}
 * (its name does not end in IT): {@code benchmarks/run.sh dnr} runs it and records the figures in
 * {@code benchmarks/results.md}. The file goes through the real path — upload stored, JMS message,
 * background reading, rules, DNR recorded, career lines posted — on a server of its own, after a
 * smaller file has warmed it up twice (a server in service has run its code before).
 */
class DnrImportBenchmark {

    private static final int WORKERS = Integer.getInteger("bench.workers", 50_000);
    private static final Quarter QUARTER = new Quarter(2026, 3);

    private final StandaloneServer server = StandaloneServer.prepare("bench-dnr", 400, PortalDeployment.withDnrBench());

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void importsFiftyThousandRows() throws Exception {
        Path big = generate(WORKERS);
        Path small = generate(10_000);
        server.start("/", Duration.ofMinutes(3));

        for (int run = 0; run < 2; run++) {
            Map<String, String> warmUp = send(small, 10_000);
            assertEquals("ACCEPTED", warmUp.get("outcome"), "fichier de chauffe : " + warmUp);
        }
        Map<String, String> figures = send(big, WORKERS);
        assertEquals("ACCEPTED", figures.get("outcome"), "fichier de " + WORKERS + " lignes : " + figures);

        double importSeconds = Long.parseLong(figures.get("importMillis")) / 1000.0;
        double bareSeconds = Long.parseLong(figures.get("bareMillis")) / 1000.0;
        BenchmarkResult.record(
                "dnr",
                String.format(
                        java.util.Locale.ROOT,
                        "%d lignes (%d cellules, fichier de %.1f Mo) importées — rapport prêt, DNR enregistrée — en"
                                + " %.1f s (cible ≤ 15 s), reportées aux comptes individuels en %.1f s ; lecture seule"
                                + " en streaming %.2f s, rapport %.1f× (cible ≤ 3×) ; tas : croissance au pic %s Mo,"
                                + " après ramassage %s Mo (cible ≤ 256 Mo ; tas de départ %s Mo sur %s Mo)",
                        WORKERS,
                        Long.parseLong(figures.get("cells")),
                        Files.size(big) / 1024.0 / 1024.0,
                        importSeconds,
                        Long.parseLong(figures.get("postedMillis")) / 1000.0,
                        bareSeconds,
                        importSeconds / bareSeconds,
                        figures.get("peakGrowthMb"),
                        figures.get("afterGcGrowthMb"),
                        figures.get("baselineMb"),
                        figures.get("maxHeapMb")));
    }

    private Map<String, String> send(Path file, int workers) throws IOException, InterruptedException {
        HttpResponse<String> response = StandaloneServer.http()
                .send(
                        HttpRequest.newBuilder(server.url("/test/dnr-bench?workers=" + workers))
                                .timeout(Duration.ofMinutes(10))
                                .POST(HttpRequest.BodyPublishers.ofFile(file))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "banc refusé ; voir " + server.log());
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : response.body().strip().split("\n")) {
            String[] parts = line.strip().split("=", 2);
            figures.put(parts[0], parts[1]);
        }
        return figures;
    }

    /** The model's layout, one row per bench worker with three months of days and pay, written in streaming. */
    static Path generate(int workers) throws IOException {
        Path file = Files.createTempFile("dnr-" + workers + "-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(DnrLayout.DATA_SHEET);
            String[][] header = {
                {DnrLayout.EMPLOYER_LABEL, "E-10000001-61"},
                {DnrLayout.NAME_LABEL, "Société Togolaise de Démonstration SARL"},
                {DnrLayout.QUARTER_LABEL, String.valueOf(QUARTER.number())},
                {DnrLayout.YEAR_LABEL, String.valueOf(QUARTER.year())}
            };
            for (int i = 0; i < header.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(header[i][0]);
                row.createCell(1).setCellValue(header[i][1]);
            }
            Row titles = sheet.createRow(7);
            String[] names = DnrLayout.columnHeaders(QUARTER);
            for (int c = 0; c < names.length; c++) {
                titles.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < workers; i++) {
                Row row = sheet.createRow(8 + i);
                row.createCell(0).setCellValue(new InsuredNumber(DnrBench.FIRST_INSURED + i).display());
                row.createCell(1).setCellValue("BENCH");
                row.createCell(2).setCellValue("Travailleur " + i);
                long pay = 60_000 + (i % 500) * 1_000L;
                for (int month = 0; month < 3; month++) {
                    row.createCell(3 + 2 * month).setCellValue(month == 1 ? 31 : 30);
                    row.createCell(4 + 2 * month).setCellValue(pay);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
