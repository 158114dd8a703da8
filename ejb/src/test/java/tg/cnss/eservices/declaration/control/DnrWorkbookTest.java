package tg.cnss.eservices.declaration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tg.cnss.eservices.declaration.control.DnrCheck.Status;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** The DNR model written with POI and files of other writers read back in streaming, with their reports. */
class DnrWorkbookTest {

    private static final EmployerNumber EMPLOYER = new EmployerNumber(10_000_001L);
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final String AMEGAN = new InsuredNumber(1_000_000_001L).display();
    private static final String KOUDJO = new InsuredNumber(1_000_000_002L).display();
    private static final Set<String> KNOWN =
            Set.of(new InsuredNumber(1_000_000_001L).canonical(), new InsuredNumber(1_000_000_002L).canonical());

    @TempDir
    Path dir;

    private static DnrRules rules(Quarter quarter) {
        return new DnrRules(
                quarter, YearMonth.of(2026, 12), month -> Francs.of(52_500), n -> KNOWN.contains(n.canonical()));
    }

    private static byte[] model() {
        return DnrWorkbookModel.write(
                EMPLOYER.display(),
                "Société Togolaise de Démonstration SARL",
                Q3,
                List.of(
                        new DnrPrefill(AMEGAN, "AMEGAN", "Kossi", null),
                        new DnrPrefill(KOUDJO, "KOUDJO", "Afi", LocalDate.of(2026, 8, 14))));
    }

    /** The model as an employer fills it in Excel: the given values put in the given cells of the DNR sheet. */
    private static byte[] filled(byte[] model, Object[][] cells) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(model));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(DnrLayout.DATA_SHEET);
            for (Object[] cell : cells) {
                var ref = new org.apache.poi.ss.util.CellReference((String) cell[0]);
                Row row =
                        sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                if (row.getCell(ref.getCol()) != null) {
                    // the model's strings are inline ones, which XSSF does not overwrite: a new cell instead
                    row.removeCell(row.getCell(ref.getCol()));
                }
                var target = row.createCell(ref.getCol());
                if (cell[1] instanceof Number number) {
                    target.setCellValue(number.doubleValue());
                } else {
                    target.setCellValue((String) cell[1]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return path;
    }

    private static Path fixture(String name) {
        return Path.of("src/test/resources/dnr", name);
    }

    private static DnrWorkbook read(Path file) {
        return DnrWorkbookReader.read(file, (read, expected) -> {});
    }

    private static final Object[][] GOOD = {
        {"D9", 31},
        {"E9", 350_000},
        {"F9", 31},
        {"G9", 350_000},
        {"H9", 30},
        {"I9", 350_000},
        {"D10", 31},
        {"E10", 220_000},
        {"F10", 14},
        {"G10", 100_000}
    };

    @Test
    void theModelHasItsInstructionsHeaderRosterValidationAndFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(model()))) {
            assertEquals(DnrLayout.INSTRUCTIONS_SHEET, workbook.getSheetName(0));
            var sheet = workbook.getSheet(DnrLayout.DATA_SHEET);
            assertEquals(EMPLOYER.display(), sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(3, (int) sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(2026, (int) sheet.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(
                    "Jours travaillés juillet 2026", sheet.getRow(7).getCell(3).getStringCellValue());
            assertEquals(AMEGAN, sheet.getRow(8).getCell(0).getStringCellValue());
            assertEquals("KOUDJO", sheet.getRow(9).getCell(1).getStringCellValue());
            assertEquals(8, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(7, sheet.getDataValidations().size());
            assertTrue(workbook.getSheetAt(0)
                    .getRow(2)
                    .getCell(0)
                    .getStringCellValue()
                    .contains("3e trimestre 2026"));
        }
    }

    @Test
    void aFilledModelIsReadAndAccepted() throws IOException {
        DnrWorkbook workbook = read(file("dnr.xlsx", filled(model(), GOOD)));
        assertEquals(Q3, workbook.quarter());
        assertEquals(2, workbook.rows().size());
        DnrRow koudjo = workbook.rows().get(1);
        assertEquals(10, koudjo.row());
        assertEquals(List.of("31", "14", ""), koudjo.days());
        assertEquals("14/08/2026", koudjo.exitDate());
        DnrFileCheck.Outcome outcome = DnrFileCheck.checkAndRead(workbook, EMPLOYER, rules(workbook.quarter()));
        DnrReport report = outcome.report();
        assertEquals(Status.ACCEPTED, report.status(), report.lines().toString());
        assertEquals(List.of(570_000L, 450_000L, 350_000L), report.monthTotals());
        DnrLine expected = new DnrLine(
                2,
                new InsuredNumber(1_000_000_002L).canonical(),
                "KOUDJO",
                "Afi",
                List.of(31, 14, 0),
                List.of(220_000L, 100_000L, 0L),
                LocalDate.of(2026, 8, 14));
        assertEquals(expected, outcome.lines().get(1), "the lines recorded are the lines checked");
        assertEquals(outcome.lines(), DnrLinesDocument.read(DnrLinesDocument.write(outcome.lines())));
    }

    @Test
    void aFileCheckedAsItIsReadKeepsNoTextsAndChecksTheNumbersAtTheEnd() throws IOException {
        String unknown = new InsuredNumber(1_999_999_999L).display();
        Object[][] cells = {{"A10", unknown}, {"D9", 32}};
        Path file = file("dnr.xlsx", filled(filled(model(), GOOD), cells));
        List<DnrRules.Session> session = new java.util.ArrayList<>();
        DnrWorkbook workbook = DnrWorkbookReader.stream(file, (read, expected) -> {}, quarter -> {
            DnrRules.Session checking = rules(quarter).begin();
            session.add(checking);
            return checking::accept;
        });
        assertTrue(workbook.rows().isEmpty(), "the texts were let go");
        DnrCheck check = session.get(0).finish(null, n -> KNOWN.contains(n.canonical()));
        DnrReport report = DnrFileCheck.outcomeOf(workbook, EMPLOYER, check).report();
        assertEquals(Status.REJECTED, report.status());
        assertEquals(
                List.of("D9", "A10"),
                report.lines().stream().map(DnrReportLine::cell).toList(),
                "by row");
        assertTrue(report.lines().get(1).message().startsWith("Numéro d'assuré inconnu"));
        assertEquals(unknown, report.lines().get(1).value());
    }

    @Test
    void aRejectedFileGivesNoLinesToRecord() throws IOException {
        Object[][] wrong = {{"D9", 32}, {"E9", 350_000}};
        DnrFileCheck.Outcome outcome =
                DnrFileCheck.checkAndRead(read(file("dnr.xlsx", filled(model(), wrong))), EMPLOYER, rules(Q3));
        assertEquals(Status.REJECTED, outcome.report().status());
        assertTrue(outcome.lines().isEmpty());
    }

    @Test
    void theStoredDocumentKeepsWorkersWithoutNumberAndOddNames() {
        List<DnrLine> lines = List.of(new DnrLine(
                1,
                null,
                "AMEGAN\tdit « Kossi »",
                "Éléonore\nMarie",
                List.of(0, 31, 30),
                List.of(0L, 60_000L, 58_000L),
                null));
        List<DnrLine> read = DnrLinesDocument.read(DnrLinesDocument.write(lines));
        assertEquals("AMEGAN dit « Kossi »", read.get(0).lastName());
        assertEquals("Éléonore Marie", read.get(0).firstNames());
        assertTrue(read.get(0).toRegister());
        assertEquals(List.of(0L, 60_000L, 58_000L), read.get(0).pay());
    }

    @Test
    void everyWrongCellIsReportedAtItsSheetRowAndColumn() throws IOException {
        Object[][] wrong = {
            {"D9", 32},
            {"E9", 350_000},
            {"F9", 31},
            {"G9", "350 000,50"},
            {"H9", 30},
            {"I9", 20_000},
            {"A10", "1000000002-88"},
            {"D10", 31},
            {"E10", 220_000},
            {"H10", 5},
            {"I10", 50_000},
            {"B6", 9_999}
        };
        DnrReport report = DnrFileCheck.check(read(file("dnr.xlsx", filled(model(), wrong))), EMPLOYER, rules(Q3));
        assertEquals(Status.REJECTED, report.status());
        List<String> cells = report.lines().stream().map(DnrReportLine::cell).toList();
        assertTrue(cells.containsAll(List.of("D9", "G9", "I9", "A10", "H10", "B6")), cells.toString());
        DnrReportLine days = report.lines().stream()
                .filter(l -> l.cell().equals("D9"))
                .findFirst()
                .orElseThrow();
        assertEquals(DnrLayout.DATA_SHEET, days.sheet());
        assertEquals("32", days.value());
        assertTrue(days.message().contains("de 0 à 31"), days.message());
        DnrReportLine after = report.lines().stream()
                .filter(l -> l.cell().equals("H10"))
                .findFirst()
                .orElseThrow();
        assertTrue(after.message().contains("sorti le 14/08/2026"), after.message());
    }

    @Test
    void anotherEmployersFileIsRejectedAtTheEmployerCell() throws IOException {
        Object[][] cells = {{"B2", new EmployerNumber(10_000_002L).display()}};
        DnrReport report =
                DnrFileCheck.check(read(file("dnr.xlsx", filled(filled(model(), GOOD), cells))), EMPLOYER, rules(Q3));
        assertEquals(Status.REJECTED, report.status());
        assertEquals("B2", report.lines().get(0).cell());
        assertTrue(report.lines().get(0).message().contains("celui de l'employeur"));
    }

    @Test
    void aFileWrittenByLibreOfficeWithMovedColumnsAndAnEmptyRowIsAccepted() {
        DnrWorkbook workbook = read(fixture("dnr-libreoffice.xlsx"));
        assertEquals(Q3, workbook.quarter());
        assertEquals("C", workbook.columnOf(DnrField.INSURED_NUMBER, 0));
        assertEquals("A", workbook.columnOf(DnrField.FIRST_NAMES, 0));
        assertEquals(2, workbook.rows().size());
        assertEquals("14/08/2026", workbook.rows().get(1).exitDate());
        DnrReport report = DnrFileCheck.check(workbook, EMPLOYER, rules(workbook.quarter()));
        assertEquals(Status.ACCEPTED, report.status(), report.lines().toString());
        assertEquals(1_370_000L, report.quarterTotal());
    }

    @Test
    void aFileWrittenByExceljsWithTextNumbersFormulasAndDayNumbersIsReadAsTyped() {
        DnrWorkbook workbook = read(fixture("dnr-exceljs.xlsx"));
        assertEquals(Q3, workbook.quarter());
        DnrRow amegan = workbook.rows().get(0);
        assertEquals(List.of("31", "31", "30"), amegan.days());
        assertEquals(List.of("350000", "350000", "350000"), amegan.pay(), "text, number and formula alike");
        DnrReport report = DnrFileCheck.check(workbook, EMPLOYER, rules(workbook.quarter()));
        assertEquals(Status.REJECTED, report.status());
        assertEquals(1, report.errorCount(), report.lines().toString());
        assertEquals("F8", report.lines().get(0).cell());
        assertEquals("46248", workbook.rows().get(1).exitDate());
        assertEquals(LocalDate.of(2026, 8, 14), DnrDates.parse("46248"));
    }

    @Test
    void aFileWithoutItsColumnsSaysWhichAreMissing() throws IOException {
        Object[][] cells = {{"F8", "Remarques"}};
        var refused = assertThrows(DnrFileRefusedException.class, () -> read(file("dnr.xlsx", filled(model(), cells))));
        assertTrue(refused.getMessage().contains("Jours travaillés août 2026"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ligne 8"), refused.getMessage());
    }

    // --- Files that are not a DNR, or dangerous ones: refused in French, nothing read --------------

    @Test
    void anOldExcelFileIsRefusedByName() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("DNR").createRow(0).createCell(0).setCellValue("x");
            old.write(xls);
        }
        assertRefused(file("dnr.xlsx", xls.toByteArray()), "ancien format (.xls)");
    }

    @Test
    void aCsvOrAPdfRenamedIsRefused() throws IOException {
        assertRefused(file("a.xlsx", "N° assuré;Nom\n1;A\n".getBytes(StandardCharsets.UTF_8)), "CSV");
        assertRefused(file("b.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)), "PDF");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeReading() throws IOException {
        byte[] big = new byte[(int) DnrLayout.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertRefused(file("big.xlsx", big), "10 Mo au plus");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] bomb = rezip(model(), name -> name.endsWith("sheet2.xml") ? spaces(60 * 1024 * 1024) : null, null);
        assertRefused(file("bomb.xlsx", bomb), "bombe zip");
    }

    @Test
    void anXxeInTheSharedStringsIsRefused() throws IOException {
        byte[] libre = Files.readAllBytes(fixture("dnr-libreoffice.xlsx"));
        byte[] xxe = rezip(
                libre,
                name -> name.equals("xl/sharedStrings.xml")
                        ? ("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                                        + " count=\"1\" uniqueCount=\"1\"><si><t>&x;</t></si></sst>")
                                .getBytes(StandardCharsets.UTF_8)
                        : null,
                null);
        assertRefused(file("xxe.xlsx", xxe), "DOCTYPE");
    }

    @Test
    void aDuplicateZipEntryIsRefused() throws IOException {
        byte[] twice = rezip(model(), name -> null, "xl/worksheets/sheet2.xml");
        assertRefused(file("twice.xlsx", twice), "deux fois");
    }

    @Test
    void moreThanAHundredThousandRowsAreRefused() throws IOException {
        Path big = dir.resolve("long.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                var out = Files.newOutputStream(big)) {
            Sheet sheet = workbook.createSheet(DnrLayout.DATA_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(DnrLayout.QUARTER_LABEL);
            sheet.getRow(0).createCell(1).setCellValue("T3 2026");
            Row header = sheet.createRow(1);
            String[] names = DnrLayout.columnHeaders(Q3);
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r <= DnrLayout.MAX_ROWS; r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(1).setCellValue("NOM");
                row.createCell(3).setCellValue(30);
            }
            workbook.write(out);
        }
        assertRefused(big, "plus de 100 000 lignes");
    }

    private static void assertRefused(Path file, String expected) {
        var refused = assertThrows(DnrFileRefusedException.class, () -> read(file));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertFalse(refused.getMessage().isBlank());
    }

    private static byte[] spaces(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) ' ');
        return content;
    }

    /** The same zip with some entries replaced, and optionally one entry written a second time. */
    private static byte[] rezip(byte[] zip, Function<String, byte[]> replace, String duplicate) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(zip);
                ZipArchiveInputStream entries = new ZipArchiveInputStream(in);
                ZipArchiveOutputStream rewritten = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                byte[] content = entries.readAllBytes();
                byte[] replacement = replace.apply(entry.getName());
                write(rewritten, entry.getName(), replacement == null ? content : replacement);
                if (entry.getName().equals(duplicate)) {
                    write(rewritten, entry.getName(), content);
                }
            }
        }
        return out.toByteArray();
    }

    private static void write(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(content);
        zip.closeArchiveEntry();
    }
}
