package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.declaration.boundary.DnrUploadStatus;
import tg.cnss.eservices.declaration.boundary.DnrUploads;
import tg.cnss.eservices.declaration.boundary.WageDeclarationSummary;
import tg.cnss.eservices.declaration.boundary.WageDeclarations;
import tg.cnss.eservices.declaration.control.DnrCheck.Status;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.declaration.control.DnrReportLine;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.testing.DnrFiles;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * "Envoyer un fichier D.N.R" in the real server, database and broker: the model downloaded and
 * filled, sent, read in the background by the DNR queue's consumer, accepted and posted to the
 * workers' individual accounts; a corrective file replacing it; files of other writers read; a
 * wrong file rejected cell by cell with nothing stored; bad files refused in French.
 */
@ExtendWith(ArquillianExtension.class)
class DnrUploadsIT {

    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final String AMEGAN = "1000000001";
    private static final Duration READ_WITHIN = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestsAndFiles(
                "../ejb/src/test/resources/dnr", "dnr", DnrUploadsIT.class, DnrFiles.class);
    }

    @Inject
    DnrUploads uploads;

    @Inject
    WageDeclarations declarations;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsInsured asInsured;

    @Inject
    PersistenceProbe probe;

    private static final Object[][] GOOD = {
        {"D9", 31}, {"E9", 350_000}, {"F9", 31}, {"G9", 350_000}, {"H9", 30}, {"I9", 350_000},
        {"D10", 31}, {"E10", 220_000}, {"F10", 31}, {"G10", 220_000}, {"H10", 30}, {"I10", 220_000}
    };

    /**
     * The sample files say KOUDJO left in August: an accepted one ends his employment with the demo
     * employer, whose roster the other tests (and the next model) read as seeded. Given back.
     */
    @AfterEach
    void theDemoRosterAsSeeded() {
        probe.apply(em -> {
            em.createQuery("UPDATE Employment e SET e.endDate = NULL, e.endReason = NULL, e.endDeclaredAt = NULL,"
                            + " e.endDeclaredBy = NULL WHERE e.employerNumber = 'E1000000161'"
                            + " AND e.endDeclaredBy LIKE 'DNR %'")
                    .executeUpdate();
            // a bulk update passes the shared cache by: what it held is stale now
            em.getEntityManagerFactory().getCache().evict(tg.cnss.eservices.registration.entity.Employment.class);
            return null;
        });
    }

    private DnrUploadStatus sendAndWait(String name, byte[] content) {
        DnrUploadStatus sent = asEmployer.call(() -> uploads.submit(name, content));
        assertEquals(0, sent.percent());
        return Eventually.await(
                "le fichier " + name + " lu",
                READ_WITHIN,
                () -> asEmployer.call(() -> uploads.status(sent.token())).orElseThrow(),
                DnrUploadStatus::finished);
    }

    private byte[] model() {
        return asEmployer.call(() -> declarations.model(Q3));
    }

    private long declarationsOfQ3() {
        return probe.apply(em -> em.createQuery(
                        "SELECT COUNT(d) FROM WageDeclaration d WHERE d.employerNumber = 'E1000000161'"
                                + " AND d.quarter = '2026-T3'",
                        Long.class)
                .getSingleResult());
    }

    private List<Object[]> careerOfAmegan(String reference) {
        return probe.apply(em -> em.createQuery(
                        "SELECT c.period, c.daysWorked, c.grossPay, c.replacedAt FROM CareerLine c"
                                + " WHERE c.insuredNumber = :number AND c.sourceReference = :reference ORDER BY c.period",
                        Object[].class)
                .setParameter("number", AMEGAN + "90")
                .setParameter("reference", reference)
                .getResultList());
    }

    @Test
    void theModelCarriesTheRosterOfTheQuarter() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(model()))) {
            var sheet = workbook.getSheet("DNR");
            assertEquals("E-10000001-61", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(
                    "Société Togolaise de Démonstration SARL",
                    sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("1000000001-90", sheet.getRow(8).getCell(0).getStringCellValue(), "AMEGAN first, by name");
            assertEquals("KOUDJO", sheet.getRow(9).getCell(1).getStringCellValue());
            assertNull(sheet.getRow(10), "ADJOVI left in April 2025: not in the third quarter of 2026");
        }
    }

    @Test
    void aFilledModelIsAcceptedRecordedAndPostedThenReplacedByACorrection() {
        long before = declarationsOfQ3();
        DnrUploadStatus first = sendAndWait("dnr-t3.xlsx", DnrFiles.filled(model(), GOOD));
        assertEquals(Status.ACCEPTED, first.outcome(), String.valueOf(first.report()));
        assertEquals(100, first.percent());
        DnrReport report = first.report();
        assertEquals(2, report.workerCount());
        assertEquals(List.of(570_000L, 570_000L, 570_000L), report.monthTotals());
        assertTrue(first.declarationReference().startsWith("DNR-2026T3-E1000000161"), first.declarationReference());
        assertEquals(before + 1, declarationsOfQ3());
        // Posted to the individual accounts just after, from the career-postings queue.
        List<Object[]> career = Eventually.await(
                "the first DNR posted to AMEGAN's account",
                READ_WITHIN,
                () -> careerOfAmegan(first.declarationReference()),
                lines -> lines.size() == 3);
        assertEquals("2026-07", career.get(0)[0]);
        assertEquals(31, career.get(0)[1]);
        assertEquals(350_000L, career.get(0)[2]);

        // A corrective DNR: AMEGAN paid more in September; the first is kept, marked, its career lines withdrawn.
        byte[] corrected = DnrFiles.filled(DnrFiles.filled(model(), GOOD), new Object[][] {{"I9", 400_000}});
        DnrUploadStatus second = sendAndWait("dnr-t3-corrigee.xlsx", corrected);
        assertEquals(Status.ACCEPTED, second.outcome(), String.valueOf(second.report()));
        assertEquals(first.declarationReference(), second.replacedReference());
        assertTrue(
                second.declarationReference().matches("DNR-2026T3-E1000000161-R\\d+"), second.declarationReference());
        List<Object[]> correctedCareer = Eventually.await(
                "the corrective DNR posted to AMEGAN's account",
                READ_WITHIN,
                () -> careerOfAmegan(second.declarationReference()),
                lines -> lines.size() == 3);
        assertEquals(400_000L, correctedCareer.get(2)[2]);
        assertTrue(
                careerOfAmegan(first.declarationReference()).stream().allMatch(line -> line[3] != null),
                "the first DNR's lines withdrawn, kept");
        byte[] receipt = asEmployer
                .call(() -> declarations.receiptPdf(second.declarationReference()))
                .orElseThrow();
        assertEquals("%PDF", new String(receipt, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(asInsuredCannotSee(second.declarationReference()));
        List<WageDeclarationSummary> history = asEmployer.call(() -> declarations.mine());
        WageDeclarationSummary current = history.get(0);
        assertEquals(second.declarationReference(), current.reference());
        assertEquals("Fichier Excel", current.sourceLabel());
        assertTrue(history.stream()
                .filter(d -> d.reference().equals(first.declarationReference()))
                .allMatch(WageDeclarationSummary::replaced));
    }

    @Test
    void aFileWithErrorsIsRejectedCellByCellAndChangesNothing() {
        long before = declarationsOfQ3();
        DnrUploadStatus rejected = sendAndWait("dnr-exceljs.xlsx", DnrFiles.sample("dnr-exceljs.xlsx"));
        assertEquals(Status.REJECTED, rejected.outcome());
        DnrReportLine line = rejected.report().lines().get(0);
        assertEquals("F8", line.cell());
        assertEquals("DNR", line.sheet());
        assertEquals("32", line.value());
        assertNull(rejected.declarationReference());
        assertEquals(before, declarationsOfQ3(), "a rejected file changes nothing");
        assertEquals(0L, contentsLeft(), "the file's bytes are deleted once read");
    }

    @Test
    void aFileWrittenByLibreOfficeIsAccepted() {
        DnrUploadStatus accepted = sendAndWait("dnr-libreoffice.xlsx", DnrFiles.sample("dnr-libreoffice.xlsx"));
        assertEquals(Status.ACCEPTED, accepted.outcome(), String.valueOf(accepted.report()));
        assertEquals(1_370_000L, accepted.report().quarterTotal());
    }

    @Test
    void badFilesAreRefusedInFrenchWithNothingStoredAndTheServerIntact() {
        long before = declarationsOfQ3();
        DnrUploadStatus pdf = sendAndWait("dnr.xlsx", "%PDF-1.7\nnot a workbook".getBytes());
        assertEquals(Status.REJECTED, pdf.outcome());
        assertTrue(
                pdf.report().refusal().contains("c'est un document PDF"),
                pdf.report().refusal());
        DnrUploadStatus csv = sendAndWait("dnr.xlsx", "N° assuré;Nom;Jours\n1000000001-90;AMEGAN;31\n".getBytes());
        assertTrue(csv.report().refusal().contains("CSV"), csv.report().refusal());
        assertEquals(before, declarationsOfQ3());
        assertEquals(0L, contentsLeft());
        Runtime runtime = Runtime.getRuntime();
        assertTrue(
                runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()) > 64L * 1024 * 1024,
                "the server's heap has room left");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedBeforeItIsKept() {
        var empty = assertThrows(
                tg.cnss.eservices.platform.boundary.InvalidFormException.class,
                () -> asEmployer.call(() -> uploads.submit("vide.xlsx", new byte[0])));
        assertTrue(empty.errors().values().iterator().next().contains("choisissez le fichier"));
        var large = assertThrows(
                tg.cnss.eservices.platform.boundary.InvalidFormException.class,
                () -> asEmployer.call(() -> uploads.submit("gros.xlsx", new byte[10 * 1024 * 1024 + 1])));
        assertTrue(large.errors().values().iterator().next().contains("10 Mo au plus"));
    }

    @Test
    void onlyEmployersSendDnrAndAnUploadIsSeenOnlyByItsEmployer() {
        assertThrows(EJBAccessException.class, () -> asInsured.call(() -> uploads.recent()));
        assertTrue(asEmployer
                .call(() -> uploads.status("0123456789abcdef0123456789abcdef"))
                .isEmpty());
        assertNotNull(asEmployer.call(() -> uploads.recent()));
    }

    private long contentsLeft() {
        return probe.apply(em -> em.createQuery(
                        "SELECT COUNT(c) FROM DnrUploadContent c, DnrUpload u WHERE u.id = c.uploadId AND u.state = :done",
                        Long.class)
                .setParameter("done", tg.cnss.eservices.declaration.entity.DnrUpload.State.DONE)
                .getSingleResult());
    }

    private boolean asInsuredCannotSee(String reference) {
        try {
            asInsured.call(() -> declarations.receiptPdf(reference));
            return false;
        } catch (EJBAccessException refused) {
            return true;
        }
    }
}
