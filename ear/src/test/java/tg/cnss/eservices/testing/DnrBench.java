package tg.cnss.eservices.testing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import tg.cnss.eservices.declaration.boundary.DnrUploadStatus;
import tg.cnss.eservices.declaration.boundary.DnrUploads;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * Test deployment of the DNR benchmark only ({@code benchmarks/run.sh dnr}). {@code POST
 * /test/dnr-bench?workers=N} with an .xlsx body: makes sure the registry knows N bench insured
 * persons (numbers 3 000 000 001 and up), reads the file bare (POI's streaming reader, cells
 * counted and dropped) three times, then sends it as the demo employer through the real upload
 * path (database, JMS queue, background import) and waits for its report, then for its lines
 * to be in the individual accounts (the career-postings queue) — while a sampler
 * records the heap: its peak, and its peak after each collection (what the import keeps alive).
 */
@WebServlet("/test/dnr-bench")
public class DnrBench extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final long FIRST_INSURED = 3_000_000_001L;

    @EJB
    AsEmployer employer;

    @EJB
    DnrUploads uploads;

    @EJB
    DnrBenchSeeder seeder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int workers = Integer.parseInt(request.getParameter("workers"));
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readAllBytes();
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            out.println("seeded=" + seeder.seed(workers));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        Path file = Files.createTempFile("dnr-bench-", ".xlsx");
        try {
            Files.write(file, content);
            long bare = Long.MAX_VALUE;
            long cells = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                cells = bareRead(file);
                bare = Math.min(bare, System.nanoTime() - start);
            }
            out.println("bareMillis=" + bare / 1_000_000);
            out.println("cells=" + cells);

            HeapSampler sampler = new HeapSampler();
            long start = System.nanoTime();
            DnrUploadStatus sent = employer.call(() -> uploads.submit("bench.xlsx", content));
            DnrUploadStatus status = sent;
            while (!status.finished()) {
                Thread.sleep(50); // what a page's poll would do, far more often; not so often that it slows the import
                status = employer.call(() -> uploads.status(sent.token())).orElseThrow();
            }
            long elapsed = System.nanoTime() - start;
            while (status.declarationReference() != null && !seeder.careerPosted(status.declarationReference())) {
                Thread.sleep(20);
            }
            long posted = System.nanoTime() - start;
            sampler.stop();
            out.println("importMillis=" + elapsed / 1_000_000);
            out.println("postedMillis=" + posted / 1_000_000);
            out.println("outcome=" + status.outcome());
            out.println("baselineMb=" + sampler.baseline / 1024 / 1024);
            out.println("peakGrowthMb=" + (sampler.peak.get() - sampler.baseline) / 1024 / 1024);
            out.println("afterGcGrowthMb=" + Math.max(0, sampler.peakAfterGc.get() - sampler.baseline) / 1024 / 1024);
            out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / 1024 / 1024);
            if (status.report() != null && !status.report().lines().isEmpty()) {
                out.println("first=" + status.report().lines().get(0));
            }
            if (status.report() != null && status.report().refusal() != null) {
                out.println("refusal=" + status.report().refusal());
            }
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** POI's streaming read of the first sheet, nothing kept: the yardstick of the import's reading. */
    static long bareRead(Path file) throws Exception {
        AtomicLong cells = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!sheets.getSheetName().equals("DNR")) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {}

                                @Override
                                public void endRow(int rowNum) {}

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells.incrementAndGet();
                                }
                            },
                            false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return cells.get();
    }

    /**
     * Samples the heap every 10 ms: the peak used, and the peak of what each collection left (a pool's
     * usage after its last collection stays until the next one, so no collection is missed).
     */
    static final class HeapSampler {
        final long baseline;
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();

        HeapSampler() {
            System.gc();
            System.gc();
            baseline = used();
            peakAfterGc.set(afterGc());
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(used(), Math::max);
                    peakAfterGc.accumulateAndGet(afterGc(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private long used() {
            return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        }

        private long afterGc() {
            return pools.stream()
                    .map(MemoryPoolMXBean::getCollectionUsage)
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(usage -> usage.getUsed())
                    .sum();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
