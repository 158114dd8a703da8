package tg.cnss.eservices.declaration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tg.cnss.eservices.kernel.Quarter;

/**
 * The DNR model ("télécharger le fichier modèle D.N.R", manual, employer space, item 2): a sheet of
 * instructions in French and the declaration sheet — a header block (employer number, name,
 * quarter, year, an optional total), then one row per worker of the roster with his insured number
 * and names, and for each month of the quarter the days worked and the gross pay to fill. Numbers
 * and days carry data validation so that Excel and LibreOffice refuse a wrong entry as it is typed;
 * the header row is frozen. Written in streaming (SXSSF): a large roster never sits whole in memory.
 */
public final class DnrWorkbookModel {

    private static final int VALIDATED_ROWS = DnrLayout.MAX_ROWS;

    private DnrWorkbookModel() {}

    public static byte[] write(String employerNumber, String employerName, Quarter quarter, List<DnrPrefill> roster) {
        return workbook(employerNumber, employerName, quarter, (sheet, styles) -> writeRoster(sheet, roster, styles));
    }

    /**
     * The model filled with a declaration sent as JSON by a payroll software: the very file an
     * employer would have filled, so that it is read and checked by the same code, and its report
     * names the same cells. Values are written as the texts sent ({@code total} may be blank).
     */
    public static byte[] writeDeclared(
            String employerNumber, String employerName, Quarter quarter, String total, List<DnrRow> rows) {
        return workbook(employerNumber, employerName, quarter, (sheet, styles) -> {
            if (total != null && !total.isBlank()) {
                sheet.getRow(DnrLayout.EMPLOYER_ROW + 4).getCell(1).setCellValue(total);
            }
            int rowIndex = DnrLayout.TABLE_HEADER_ROW + 1;
            for (DnrRow worker : rows) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, worker.insuredNumber());
                text(row, 1, worker.lastName());
                text(row, 2, worker.firstNames());
                for (int month = 0; month < 3; month++) {
                    text(row, 3 + 2 * month, worker.days().get(month));
                    text(row, 4 + 2 * month, worker.pay().get(month));
                }
                text(row, 9, worker.exitDate());
            }
        });
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static byte[] workbook(
            String employerNumber,
            String employerName,
            Quarter quarter,
            java.util.function.BiConsumer<SXSSFSheet, Styles> lines) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeInstructions(workbook.createSheet(DnrLayout.INSTRUCTIONS_SHEET), quarter, styles);
            SXSSFSheet sheet = workbook.createSheet(DnrLayout.DATA_SHEET);
            writeHeader(sheet, employerNumber, employerName, quarter, styles);
            lines.accept(sheet, styles);
            validate(sheet);
            sheet.createFreezePane(3, DnrLayout.TABLE_HEADER_ROW + 1);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture du modèle DNR impossible", e);
        }
    }

    private static void writeInstructions(Sheet sheet, Quarter quarter, Styles styles) {
        String[] lines = {
            DnrLayout.TITLE,
            "",
            "Ce fichier est la déclaration nominative des rémunérations du " + quarter.label() + ".",
            "Remplissez l'onglet « " + DnrLayout.DATA_SHEET + " », puis envoyez le fichier depuis l'onglet"
                    + " « Envoyer un fichier D.N.R » de votre espace employeur.",
            "",
            "1. Ne modifiez pas l'en-tête (n° employeur, trimestre, année) : un fichier d'un autre employeur ou"
                    + " d'un autre trimestre est refusé.",
            "2. Une ligne par travailleur payé dans le trimestre. Vos travailleurs en activité sont déjà inscrits ;"
                    + " ajoutez les autres à la suite.",
            "3. Pour chaque mois : les jours travaillés (nombre entier de 0 au nombre de jours du mois) et le salaire"
                    + " brut en francs CFA, sans décimales.",
            "4. Un mois entier compte 30 jours ; le salaire d'un mois doit atteindre le SMIG en vigueur, au prorata"
                    + " des jours travaillés.",
            "5. Un travailleur sans n° assuré : laissez la case vide ; il sera déclaré « à immatriculer » et vous"
                    + " ferez sa demande d'immatriculation.",
            "6. Un travailleur parti pendant le trimestre : indiquez sa date de sortie (jj/mm/aaaa) et rien pour les"
                    + " mois suivants.",
            "7. Le total de l'en-tête est facultatif ; s'il est indiqué, il doit être égal à la somme des salaires.",
            "8. Les formules sont acceptées : la valeur calculée enregistrée dans le fichier est lue. Enregistrez le"
                    + " fichier au format Excel (.xlsx), depuis Excel, LibreOffice ou Google Sheets.",
            "9. 10 Mo et "
                    + String.format(java.util.Locale.FRENCH, "%,d", DnrLayout.MAX_ROWS)
                            .replace('\u202f', ' ') + " lignes au plus.",
            "",
            "Après l'envoi, un rapport nomme chaque cellule à corriger. Un fichier rejeté ne modifie rien ; un"
                    + " fichier accepté devient la DNR du trimestre (une nouvelle DNR du même trimestre la"
                    + " remplace, l'historique est conservé)."
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines[i]);
            if (i == 0) {
                row.getCell(0).setCellStyle(styles.title);
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void writeHeader(
            Sheet sheet, String employerNumber, String employerName, Quarter quarter, Styles styles) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(DnrLayout.TITLE);
        title.getCell(0).setCellStyle(styles.title);
        labelled(sheet, DnrLayout.EMPLOYER_ROW, DnrLayout.EMPLOYER_LABEL, employerNumber, styles);
        labelled(sheet, DnrLayout.EMPLOYER_ROW + 1, DnrLayout.NAME_LABEL, employerName, styles);
        Row quarterRow = sheet.createRow(DnrLayout.EMPLOYER_ROW + 2);
        quarterRow.createCell(0).setCellValue(DnrLayout.QUARTER_LABEL);
        quarterRow.getCell(0).setCellStyle(styles.label);
        quarterRow.createCell(1).setCellValue(quarter.number());
        Row yearRow = sheet.createRow(DnrLayout.EMPLOYER_ROW + 3);
        yearRow.createCell(0).setCellValue(DnrLayout.YEAR_LABEL);
        yearRow.getCell(0).setCellStyle(styles.label);
        yearRow.createCell(1).setCellValue(quarter.year());
        Row totalRow = sheet.createRow(DnrLayout.EMPLOYER_ROW + 4);
        totalRow.createCell(0).setCellValue(DnrLayout.TOTAL_LABEL);
        totalRow.getCell(0).setCellStyle(styles.label);
        totalRow.createCell(1).setCellStyle(styles.amount);
        Row headers = sheet.createRow(DnrLayout.TABLE_HEADER_ROW);
        String[] names = DnrLayout.columnHeaders(quarter);
        for (int column = 0; column < names.length; column++) {
            headers.createCell(column).setCellValue(names[column]);
            headers.getCell(column).setCellStyle(styles.columnHeader);
            sheet.setColumnWidth(column, (column == 0 ? 18 : column < 3 ? 24 : 20) * 256);
        }
        headers.setHeightInPoints(32);
    }

    private static void labelled(Sheet sheet, int rowIndex, String label, String value, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label);
        row.createCell(1).setCellValue(value);
    }

    private static void writeRoster(Sheet sheet, List<DnrPrefill> roster, Styles styles) {
        int rowIndex = DnrLayout.TABLE_HEADER_ROW + 1;
        for (DnrPrefill worker : roster) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(worker.insuredNumber());
            row.getCell(0).setCellStyle(styles.text);
            row.createCell(1).setCellValue(worker.lastName());
            row.createCell(2).setCellValue(worker.firstNames());
            for (int column = 3; column <= 8; column++) {
                row.createCell(column).setCellStyle(column % 2 == 0 ? styles.amount : styles.days);
            }
            if (worker.exitDate() != null) {
                row.createCell(9).setCellValue(worker.exitDate());
                row.getCell(9).setCellStyle(styles.date);
            }
        }
    }

    /** Excel and LibreOffice refuse, as it is typed, days outside 0–31, pay with decimals, a wrong date. */
    private static void validate(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int first = DnrLayout.TABLE_HEADER_ROW + 1;
        int last = first + VALIDATED_ROWS - 1;
        for (int month = 1; month <= 3; month++) {
            int days = 1 + 2 * month;
            add(
                    sheet,
                    helper.createValidation(
                            helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "31"),
                            new CellRangeAddressList(first, last, days, days)),
                    "Jours travaillés",
                    "Un nombre entier de 0 au nombre de jours du mois.");
            add(
                    sheet,
                    helper.createValidation(
                            helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "999999999999"),
                            new CellRangeAddressList(first, last, days + 1, days + 1)),
                    "Salaire brut",
                    "Le salaire brut du mois en francs CFA, sans décimales.");
        }
        add(
                sheet,
                helper.createValidation(
                        helper.createDateConstraint(
                                OperatorType.GREATER_OR_EQUAL, "DATE(1960,1,1)", null, "dd/mm/yyyy"),
                        new CellRangeAddressList(first, last, 9, 9)),
                "Date de sortie",
                "La date de sortie du travailleur, jj/mm/aaaa, s'il est parti pendant le trimestre.");
    }

    private static void add(Sheet sheet, DataValidation validation, String title, String message) {
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, message);
        sheet.addValidationData(validation);
    }

    /** The few cell styles of the model, made once per workbook (a workbook holds at most 64 000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle columnHeader;
        final CellStyle text;
        final CellStyle days;
        final CellStyle amount;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            columnHeader = workbook.createCellStyle();
            columnHeader.setFont(bold);
            columnHeader.setWrapText(true);
            columnHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            columnHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            columnHeader.setBorderBottom(BorderStyle.THIN);
            var formats = workbook.createDataFormat();
            text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            days = workbook.createCellStyle();
            days.setDataFormat(formats.getFormat("0"));
            amount = workbook.createCellStyle();
            amount.setDataFormat(formats.getFormat("#,##0"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
        }
    }
}
