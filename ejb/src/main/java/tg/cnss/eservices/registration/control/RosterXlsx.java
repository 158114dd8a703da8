package tg.cnss.eservices.registration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * "Mes travailleurs" as an Excel sheet ("Exporter en Excel"): the same selection as the page and
 * the PDF, one row per employment, pay as a number (the employer sums and sorts it), dates as
 * dates, the header frozen. Written in streaming: a large roster never sits whole in memory.
 */
public final class RosterXlsx {

    private static final String[] HEADERS = {
        "N° assuré",
        "Nom et prénoms",
        "Emploi",
        "Contrat",
        "Salaire mensuel brut (FCFA)",
        "Embauche",
        "Sortie",
        "Motif de sortie"
    };

    private RosterXlsx() {}

    public static byte[] render(String employer, String selection, LocalDate printedOn, List<RosterPdf.Line> lines) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Mes travailleurs");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue("Mes travailleurs — employeur " + employer);
            sheet.getRow(0).getCell(0).setCellStyle(header);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(selection + " — au "
                            + printedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Row titles = sheet.createRow(3);
            for (int column = 0; column < HEADERS.length; column++) {
                titles.createCell(column).setCellValue(HEADERS[column]);
                titles.getCell(column).setCellStyle(header);
                sheet.setColumnWidth(column, (column == 1 ? 30 : 16) * 256);
            }
            int rowIndex = 4;
            for (RosterPdf.Line line : lines) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(line.insuredNumber());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(line.job());
                row.createCell(3).setCellValue(line.contract());
                row.createCell(4).setCellValue(line.monthlyPay());
                row.getCell(4).setCellStyle(amount);
                row.createCell(5).setCellValue(line.start());
                row.getCell(5).setCellStyle(date);
                if (line.end() != null) {
                    row.createCell(6).setCellValue(line.end());
                    row.getCell(6).setCellStyle(date);
                    row.createCell(7).setCellValue(line.endReason());
                }
            }
            sheet.createFreezePane(0, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture de la liste des travailleurs impossible", e);
        }
    }
}
