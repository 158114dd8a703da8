package tg.cnss.eservices.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BankStatementReaderTest {

    @Test
    void aCsvExportIsReadByItsHeadingsCreditsOnly() {
        String csv = """
                Relevé BTCI compte 000123
                Date opération;Date de valeur;Libellé;Débit;Crédit
                10/11/2026;12/11/2026;VIR COTISATIONS E-10000001-61 REF VIR-2026-77;;75 000
                11/11/2026;11/11/2026;FRAIS TENUE DE COMPTE;2 500;
                13/11/2026;13/11/2026;"DEPOT ESPECES; AGENCE LOME";;1.250.000,00

                """;
        List<StatementLine> lines = BankStatementReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, lines.size(), "the debit and the empty line skipped");
        assertEquals(
                new StatementLine(
                        3, LocalDate.of(2026, 11, 12), 75_000, "VIR COTISATIONS E-10000001-61 REF VIR-2026-77"),
                lines.get(0));
        assertEquals(1_250_000, lines.get(1).amount());
        assertEquals("DEPOT ESPECES; AGENCE LOME", lines.get(1).label());
    }

    @Test
    void windows1252AndCommasAndIsoDatesAreReadToo() {
        String csv = "date,reference,montant\n2026-11-12,Dépôt n° 45,\"30000\"\n2026-11-13,Retrait,-5000\n";
        List<StatementLine> lines = BankStatementReader.read(csv.getBytes(Charset.forName("windows-1252")));
        assertEquals(1, lines.size());
        assertEquals("Dépôt n° 45", lines.get(0).label());
        assertEquals(LocalDate.of(2026, 11, 12), lines.get(0).valueDate());
    }

    @Test
    void anXlsxExportIsReadLikeACsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Relevé");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Date valeur");
            header.createCell(1).setCellValue("Description");
            header.createCell(2).setCellValue("Crédit (FCFA)");
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2026, 11, 12));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(1).setCellValue("VIR VIR-2026-77");
            row.createCell(2).setCellValue(75000);
            workbook.write(bytes);
        }
        List<StatementLine> lines = BankStatementReader.read(bytes.toByteArray());
        assertEquals(List.of(new StatementLine(2, LocalDate.of(2026, 11, 12), 75_000, "VIR VIR-2026-77")), lines);
    }

    @Test
    void whatCannotBeReadIsSaidWithItsLine() {
        StatementRefusedException noHeadings = assertThrows(
                StatementRefusedException.class,
                () -> BankStatementReader.read("a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noHeadings.getMessage().startsWith("Colonnes introuvables"), noHeadings.getMessage());
        StatementRefusedException cents = assertThrows(
                StatementRefusedException.class,
                () -> BankStatementReader.read(
                        "Date;Libellé;Crédit\n12/11/2026;VIR;75000,50\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Ligne 2 : montant illisible « 75000,50 » (francs CFA entiers attendus).", cents.getMessage());
        StatementRefusedException date = assertThrows(
                StatementRefusedException.class,
                () -> BankStatementReader.read(
                        "Date;Libellé;Crédit\n31/02/2026;VIR;75000\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(date.getMessage().startsWith("Ligne 2 : date de valeur illisible"), date.getMessage());
        assertThrows(StatementRefusedException.class, () -> BankStatementReader.read(new byte[0]));
    }
}
