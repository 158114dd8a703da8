package tg.cnss.eservices.payment.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the credit lines of a bank statement, as banks export them: CSV (separated by ';', ',' or
 * tabs, UTF-8 or Windows-1252) or an Excel workbook (.xlsx, first sheet). The columns are found by
 * their headings — the value date ("date de valeur", else "date"), the label ("libellé",
 * "référence", "description"…) and the credit ("crédit", else "montant") — wherever they are.
 * Debits, empty and zero lines are skipped; amounts in whole francs ("75 000", "75000,00").
 */
public final class BankStatementReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_ENTRY_BYTES = 20 * 1024 * 1024;
    private static final int MAX_ENTRIES = 200;
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final DateTimeFormatter FRENCH_DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_SHORT_DAY =
            DateTimeFormatter.ofPattern("d/M/uu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final java.util.regex.Pattern DECIMALS = java.util.regex.Pattern.compile("^(.*\\d)[.,](\\d{1,2})$");

    private BankStatementReader() {}

    public static List<StatementLine> read(byte[] content) {
        if (content.length == 0) {
            throw new StatementRefusedException("Le relevé envoyé est vide.");
        }
        if (content.length > MAX_BYTES) {
            throw new StatementRefusedException(
                    "Relevé trop volumineux : 2 Mo au plus (exportez une période plus courte).");
        }
        List<List<String>> rows = content.length > 3 && content[0] == 'P' && content[1] == 'K'
                ? workbookRows(content)
                : csvRows(text(content));
        return linesOf(rows);
    }

    private static List<StatementLine> linesOf(List<List<String>> rows) {
        int headerRow = -1;
        int date = -1;
        int label = -1;
        int credit = -1;
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS) && headerRow < 0; r++) {
            List<String> cells =
                    rows.get(r).stream().map(BankStatementReader::plain).toList();
            int d = find(cells, "date de valeur", "date valeur", "valeur");
            d = d >= 0 ? d : find(cells, "date");
            int l = find(cells, "libelle", "reference", "description", "motif", "operation");
            int c = find(cells, "credit");
            c = c >= 0 ? c : find(cells, "montant");
            if (d >= 0 && l >= 0 && c >= 0) {
                headerRow = r;
                date = d;
                label = l;
                credit = c;
            }
        }
        if (headerRow < 0) {
            throw new StatementRefusedException("Colonnes introuvables : le relevé doit avoir une ligne d'en-têtes avec"
                    + " la date de valeur, le libellé et le crédit (ou le montant).");
        }
        List<StatementLine> lines = new ArrayList<>();
        for (int r = headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String amountText = cell(row, credit);
            if (amountText.isBlank() || row.stream().allMatch(String::isBlank)) {
                continue;
            }
            long amount = amountOf(amountText, r + 1);
            if (amount <= 0) {
                continue;
            }
            lines.add(new StatementLine(
                    r + 1,
                    dateOf(cell(row, date), r + 1),
                    amount,
                    cell(row, label).strip()));
        }
        return lines;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index) : "";
    }

    private static int find(List<String> cells, String... names) {
        for (String name : names) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).equals(name) || cells.get(i).startsWith(name + " ")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "Libellé " → "libelle": headings compared without accents, case or surrounding spaces. */
    static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    static long amountOf(String typed, int row) {
        String compact = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replaceAll("(?i)(FCFA|XOF|F)$", "");
        // one or two decimals at the end: francs have none, so they must be zero
        var decimal = DECIMALS.matcher(compact);
        if (decimal.matches()) {
            if (Integer.parseInt(decimal.group(2)) != 0) {
                throw unreadableAmount(typed, row);
            }
            compact = decimal.group(1);
        }
        compact = compact.replace(".", "").replace(",", ""); // thousands separators
        if (!compact.matches("-?\\d{1,13}")) {
            throw unreadableAmount(typed, row);
        }
        return Long.parseLong(compact);
    }

    private static StatementRefusedException unreadableAmount(String typed, int row) {
        return new StatementRefusedException(
                "Ligne " + row + " : montant illisible « " + typed.strip() + " » (francs CFA entiers attendus).");
    }

    static LocalDate dateOf(String typed, int row) {
        String text = typed.strip();
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notIso) {
            // a French date, then
        }
        String slashed = text.replace('-', '/').replace('.', '/');
        for (DateTimeFormatter format : List.of(FRENCH_DAY, FRENCH_SHORT_DAY)) {
            try {
                return LocalDate.parse(slashed, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        throw new StatementRefusedException(
                "Ligne " + row + " : date de valeur illisible « " + text + " » (JJ/MM/AAAA attendu).");
    }

    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    static List<List<String>> csvRows(String text) {
        String[] lines = text.split("\\r?\\n");
        char separator = separatorOf(lines);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(fields(line, separator));
        }
        return rows;
    }

    private static char separatorOf(String[] lines) {
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < Math.min(lines.length, HEADER_SEARCH_ROWS); i++) {
            semicolons += lines[i].chars().filter(c -> c == ';').count();
            tabs += lines[i].chars().filter(c -> c == '\t').count();
        }
        return semicolons > 0 ? ';' : tabs > 0 ? '\t' : ',';
    }

    /** One CSV line; quoted fields may hold the separator and doubled quotes. */
    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The first sheet's cells as text; the workbook's parts checked before POI builds anything. */
    private static List<List<String>> workbookRows(byte[] content) {
        checkParts(content);
        DataFormatter formatter = new DataFormatter(Locale.FRANCE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(textOf(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof StatementRefusedException refused) {
                throw refused;
            }
            throw new StatementRefusedException(
                    "Classeur illisible : enregistrez le relevé au format Excel (.xlsx) ou CSV et envoyez-le de nouveau.",
                    unreadable);
        }
    }

    private static String textOf(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(FRENCH_DAY);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
        return formatter.formatCellValue(cell);
    }

    /** A zip bomb or a stuffed archive is refused before POI inflates it. */
    private static void checkParts(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new StatementRefusedException("Classeur refusé : trop de parties pour un relevé.");
                }
                long inflated = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_ENTRY_BYTES) {
                        throw new StatementRefusedException(
                                "Classeur refusé : son contenu décompressé est démesuré (« bombe zip »).");
                    }
                }
            }
        } catch (IOException damaged) {
            throw new StatementRefusedException("Classeur endommagé : exportez de nouveau le relevé.", damaged);
        }
    }
}
