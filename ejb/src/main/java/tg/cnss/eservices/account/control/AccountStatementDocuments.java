package tg.cnss.eservices.account.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tg.cnss.eservices.account.boundary.AccountStatementView;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.document.control.XlsxStyles;
import tg.cnss.eservices.kernel.Francs;

/** "Compte-Cotisant" as a PDF to print and as an Excel workbook (amounts as numbers), the page's selection. */
public final class AccountStatementDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AccountStatementDocuments() {}

    public static byte[] pdf(AccountStatementView statement) {
        return PdfLayout.a4("Compte cotisant " + statement.employer())
                .letterhead()
                .title("Compte-Cotisant — " + statement.employer())
                .paragraph(statement.selection() + ", situation au "
                        + statement.asOf().format(DAY) + ".")
                .facts(totals(statement))
                .heading("Par période")
                .table(
                        new float[] {2.4f, 1.8f, 2, 2, 2, 2, 1.8f},
                        List.of("Période", "Échéance", "Déclaré", "Payé", "Majorations", "Reste dû", "État"),
                        statement.periods().stream()
                                .map(line -> List.of(
                                        line.periodLabel(),
                                        line.dueDate() == null
                                                ? ""
                                                : line.dueDate().format(DAY),
                                        line.declared().display(),
                                        line.paid().display(),
                                        line.surcharges().display(),
                                        line.balance().display(),
                                        line.state()))
                                .toList())
                .heading("Écritures")
                .table(
                        new float[] {1.7f, 2.2f, 4, 3, 2, 2},
                        List.of("Date", "Période", "Libellé", "Référence", "Débit", "Crédit"),
                        statement.lines().stream()
                                .map(line -> List.of(
                                        line.day().format(DAY),
                                        line.periodLabel(),
                                        line.label(),
                                        line.reference(),
                                        amount(line.debit()),
                                        amount(line.credit())))
                                .toList())
                .paragraph("Les paiements sont affectés à la dette la plus ancienne : les cotisations de la période,"
                        + " puis ses majorations, puis la période suivante. Les majorations des sommes encore dues"
                        + " sont estimées à la date de la situation (CSS art. 17 : 5 % dès l'échéance, puis 1 % par"
                        + " mois ou fraction de mois au-delà de 3 mois).")
                .finish();
    }

    public static byte[] xlsx(AccountStatementView statement) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = XlsxStyles.of(workbook);
            CellStyle header = styles.header();
            CellStyle date = styles.date();
            CellStyle money = styles.money();

            Sheet periods = workbook.createSheet("Par période");
            title(periods, header, statement);
            headers(
                    periods,
                    header,
                    3,
                    "Période",
                    "Échéance",
                    "Déclaré (FCFA)",
                    "Payé (FCFA)",
                    "Majorations (FCFA)",
                    "Reste dû (FCFA)",
                    "État");
            int index = 4;
            for (AccountStatementView.PeriodLine line : statement.periods()) {
                Row row = periods.createRow(index++);
                row.createCell(0).setCellValue(line.periodLabel());
                if (line.dueDate() != null) {
                    row.createCell(1).setCellValue(line.dueDate());
                    row.getCell(1).setCellStyle(date);
                }
                number(row, 2, line.declared(), money);
                number(row, 3, line.paid(), money);
                number(row, 4, line.surcharges(), money);
                number(row, 5, line.balance(), money);
                row.createCell(6).setCellValue(line.state());
            }

            Sheet entries = workbook.createSheet("Écritures");
            title(entries, header, statement);
            headers(entries, header, 3, "Date", "Période", "Libellé", "Référence", "Débit (FCFA)", "Crédit (FCFA)");
            index = 4;
            for (AccountStatementView.LedgerLine line : statement.lines()) {
                Row row = entries.createRow(index++);
                row.createCell(0).setCellValue(line.day());
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(line.periodLabel());
                row.createCell(2).setCellValue(line.label());
                row.createCell(3).setCellValue(line.reference());
                if (line.debit() != null) {
                    number(row, 4, line.debit(), money);
                }
                if (line.credit() != null) {
                    number(row, 5, line.credit(), money);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Classeur du compte cotisant impossible à écrire", e);
        }
    }

    private static void title(Sheet sheet, CellStyle header, AccountStatementView statement) {
        sheet.createRow(0).createCell(0).setCellValue("Compte-Cotisant — employeur " + statement.employer());
        sheet.getRow(0).getCell(0).setCellStyle(header);
        sheet.createRow(1)
                .createCell(0)
                .setCellValue(statement.selection() + " — situation au "
                        + statement.asOf().format(DAY));
        sheet.createFreezePane(0, 4);
    }

    private static void headers(Sheet sheet, CellStyle header, int rowIndex, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int column = 0; column < titles.length; column++) {
            row.createCell(column).setCellValue(titles[column]);
            row.getCell(column).setCellStyle(header);
            sheet.setColumnWidth(column, (column == 2 ? 30 : 18) * 256);
        }
    }

    private static void number(Row row, int column, Francs amount, CellStyle money) {
        row.createCell(column).setCellValue(amount.value());
        row.getCell(column).setCellStyle(money);
    }

    private static java.util.Map<String, String> totals(AccountStatementView statement) {
        java.util.Map<String, String> totals = new java.util.LinkedHashMap<>();
        totals.put("Reste à payer (sélection)", statement.selectionBalance().display());
        totals.put("Reste à payer (tout le compte)", statement.balance().display());
        totals.put(
                "Majorations de retard (tout le compte)", statement.surcharges().display());
        totals.put("Avance non affectée", statement.advance().display());
        return totals;
    }

    private static String amount(Francs francs) {
        return francs == null ? "" : francs.display();
    }
}
