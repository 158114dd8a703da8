package tg.cnss.eservices.declaration.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import tg.cnss.eservices.kernel.Quarter;

/**
 * Reads a filled DNR file in streaming: the sheet's XML goes through POI's SAX event API one row
 * at a time, never a whole-workbook load (issue 10). Files made by Excel, LibreOffice or Google
 * Sheets are read alike: the header block and the columns are found by their labels (a moved
 * column is found where it went), numbers stored as text and trailing spaces are taken as typed,
 * dates as day numbers or as text, empty rows skipped, formulas read by the value the spreadsheet
 * saved with them.
 *
 * <p>Before POI opens anything, {@link DnrFileGuard} checks the file itself; POI then refuses
 * DOCTYPEs (XXE) and checks the inflation ratio as it reads.
 */
public final class DnrWorkbookReader {

    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[Ee][+-]?\\d+");
    private static final int HEADER_SEARCH_ROWS = 50;

    /** Told the rows read so far and the rows the sheet says it has (0 when it does not say). */
    @FunctionalInterface
    public interface Progress {
        void rowsRead(int read, int expected);
    }

    private DnrWorkbookReader() {}

    public static DnrWorkbook read(Path file, Progress progress) {
        return read(file, progress, quarter -> row -> {}, true);
    }

    /**
     * The same without keeping the lines ({@link DnrWorkbook#rows()} is then empty): each is handed,
     * as soon as it is read, to the consumer that {@code sinkOf} gives for the quarter the header
     * names — so that a large file is checked as it is read, its texts let go line by line.
     */
    public static DnrWorkbook stream(Path file, Progress progress, Function<Quarter, Consumer<DnrRow>> sinkOf) {
        return read(file, progress, sinkOf, false);
    }

    private static DnrWorkbook read(
            Path file, Progress progress, Function<Quarter, Consumer<DnrRow>> sinkOf, boolean keepRows) {
        DnrFileGuard.checkContainer(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            String sheetName = chooseSheet(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        RowCollector rows = new RowCollector(sheetName, progress, sinkOf, keepRows);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new DimensionAwareHandler(styles, strings, rows));
                        parser.parse(new InputSource(sheet));
                        return rows.result();
                    }
                }
            }
            throw new DnrFileRefusedException("Le classeur ne contient aucune feuille de déclaration.");
        } catch (NotOfficeXmlFileException | InvalidFormatException notXlsx) {
            throw DnrFileGuard.notAnXlsx(file);
        } catch (SAXException damaged) {
            if (damaged.getException() instanceof DnrFileRefusedException refused) {
                throw refused;
            }
            throw DnrFileGuard.damaged(damaged);
        } catch (IOException
                | OpenXML4JException
                | javax.xml.parsers.ParserConfigurationException
                | RuntimeException unreadable) {
            if (unreadable instanceof DnrFileRefusedException refused) {
                throw refused;
            }
            throw DnrFileGuard.damaged(unreadable);
        }
    }

    /** The sheet named "DNR", else the first that is not the instructions. */
    private static String chooseSheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        String first = null;
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                String name = sheets.getSheetName();
                if (name.strip().equalsIgnoreCase(DnrLayout.DATA_SHEET)) {
                    return name;
                }
                if (first == null && !DnrLayout.normalise(name).startsWith("instruction")) {
                    first = name;
                }
            }
        }
        if (first == null) {
            throw new DnrFileRefusedException("Le classeur ne contient pas de feuille « " + DnrLayout.DATA_SHEET
                    + " » : partez du fichier modèle.");
        }
        return first;
    }

    // --- The sheet, row by row -----------------------------------------------------------------

    /** Numbers as the spreadsheet holds them (no display rounding), dates as jj/mm/aaaa. */
    private static final class RawValues extends DataFormatter {
        RawValues() {
            super(Locale.FRANCE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .format(DnrDates.DAY);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value); // days and francs: whole numbers, the usual case by far
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** POI's sheet handler, told also the sheet's {@code <dimension>}: how many rows to expect. */
    private static final class DimensionAwareHandler extends XSSFSheetXMLHandler {
        private final RowCollector rows;

        DimensionAwareHandler(StylesTable styles, ReadOnlySharedStringsTable strings, RowCollector rows) {
            super(styles, null, strings, rows, new RawValues(), false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("dimension".equals(localName)) {
                rows.expectFrom(attributes.getValue("ref"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** "D12" → 3: the column of a cell reference, read by hand (it is done for every cell). */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** The filled cells of the row being read, by column: arrays reused from row to row. */
    private static final class RowCells {
        private String[] values = new String[32];
        private String[] refs = new String[32];
        private int[] filled = new int[32];
        private int count;

        void clear() {
            for (int i = 0; i < count; i++) {
                values[filled[i]] = null;
                refs[filled[i]] = null;
            }
            count = 0;
        }

        void put(int column, String value, String ref) {
            if (column < 0) {
                return;
            }
            if (column >= values.length) {
                int size = Math.max(column + 1, values.length * 2);
                values = Arrays.copyOf(values, size);
                refs = Arrays.copyOf(refs, size);
            }
            if (values[column] == null) {
                if (count == filled.length) {
                    filled = Arrays.copyOf(filled, count * 2);
                }
                filled[count++] = column;
            }
            values[column] = value;
            refs[column] = ref;
        }

        String get(int column) {
            return column < values.length ? values[column] : null;
        }

        String refOf(int column) {
            return refs[column];
        }

        boolean isEmpty() {
            return count == 0;
        }

        int[] columns() {
            int[] sorted = Arrays.copyOf(filled, count);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** Finds the header block and the table's header row, then collects the workers' lines. */
    private static final class RowCollector implements SheetContentsHandler {
        private final String sheet;
        private final Progress progress;
        private final Function<Quarter, Consumer<DnrRow>> sinkOf;
        private final boolean keepRows;
        private Consumer<DnrRow> eachRow;
        private int rowCount;
        private final RowCells cells = new RowCells();
        private final Map<DnrField, DnrWorkbook.Located> header = new EnumMap<>(DnrField.class);
        private final List<DnrRow> lines = new ArrayList<>();
        private Map<String, Integer> columns;
        /** The columns of a line's fields, in DnrRow's order; -1 for a column the file lacks. */
        private int[] lineColumns;

        private DnrWorkbook.Located quarterCell;
        private DnrWorkbook.Located yearCell;
        private Quarter quarter;
        private int expected;
        private int rowsSeen;

        RowCollector(String sheet, Progress progress, Function<Quarter, Consumer<DnrRow>> sinkOf, boolean keepRows) {
            this.sinkOf = sinkOf;
            this.keepRows = keepRows;
            this.sheet = sheet;
            this.progress = progress;
        }

        void expectFrom(String ref) {
            if (ref != null && ref.contains(":")) {
                expected = new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow() + 1;
            }
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (value == null) {
                return;
            }
            String text = value.strip();
            if (!text.isEmpty()) {
                if ((text.indexOf('E') > 0 || text.indexOf('e') > 0)
                        && SCIENTIFIC.matcher(text).matches()) {
                    text = new BigDecimal(text).stripTrailingZeros().toPlainString();
                }
                cells.put(columnOf(ref), text, ref);
            }
        }

        @Override
        public void endRow(int rowNum) {
            rowsSeen = rowNum + 1;
            if (columns == null) {
                beforeTable(rowNum);
            } else if (!cells.isEmpty()) {
                if (rowCount >= DnrLayout.MAX_ROWS) {
                    throw new DnrFileRefusedException("Fichier trop long : plus de "
                            + String.format(Locale.FRENCH, "%,d", DnrLayout.MAX_ROWS)
                                    .replace('\u202f', ' ')
                            + " lignes. Envoyez la déclaration par l'API des logiciels de paie.");
                }
                DnrRow line = lineOf(rowNum + 1);
                rowCount++;
                if (keepRows) {
                    lines.add(line);
                }
                eachRow.accept(line);
                if (rowCount % 1_000 == 0) {
                    progress.rowsRead(rowsSeen, expected);
                }
            }
        }

        private void beforeTable(int rowNum) {
            if (rowNum >= HEADER_SEARCH_ROWS) {
                throw new DnrFileRefusedException("Feuille « " + sheet + " » : la ligne des titres de colonnes"
                        + " (N° assuré, Nom, Prénoms, jours et salaires de chaque mois) est introuvable dans les "
                        + HEADER_SEARCH_ROWS + " premières lignes. Partez du fichier modèle.");
            }
            if (isTableHeader()) {
                columns = columnsOf(rowNum + 1);
                eachRow = sinkOf.apply(quarter);
                lineColumns = new int[] {
                    column(DnrField.INSURED_NUMBER, 0),
                    column(DnrField.LAST_NAME, 0),
                    column(DnrField.FIRST_NAMES, 0),
                    column(DnrField.DAYS, 1),
                    column(DnrField.DAYS, 2),
                    column(DnrField.DAYS, 3),
                    column(DnrField.PAY, 1),
                    column(DnrField.PAY, 2),
                    column(DnrField.PAY, 3),
                    column(DnrField.EXIT_DATE, 0)
                };
                return;
            }
            int[] filled = cells.columns();
            if (filled.length < 2) {
                return;
            }
            String label = DnrLayout.normalise(cells.get(filled[0]));
            DnrWorkbook.Located value = new DnrWorkbook.Located(cells.get(filled[1]), cells.refOf(filled[1]));
            if (label.startsWith("n employeur")
                    || label.startsWith("numero employeur")
                    || label.startsWith("no employeur")
                    || label.startsWith("matricule employeur")) {
                header.put(DnrField.EMPLOYER, value);
            } else if (label.startsWith("raison sociale")) {
                header.put(DnrField.LAST_NAME, value);
            } else if (label.startsWith("trimestre")) {
                quarterCell = value;
            } else if (label.startsWith("annee")) {
                yearCell = value;
            } else if (label.startsWith("total")) {
                header.put(DnrField.TOTAL, value);
            }
        }

        private boolean isTableHeader() {
            boolean number = false;
            boolean name = false;
            for (int column : cells.columns()) {
                String text = cells.get(column);
                String label = DnrLayout.normalise(text);
                number |= isInsuredNumber(label);
                name |= label.equals("nom") || label.startsWith("nom de famille") || label.startsWith("nom du");
            }
            return number && name;
        }

        private static boolean isInsuredNumber(String label) {
            return label.startsWith("n assure")
                    || label.startsWith("numero assure")
                    || label.startsWith("no assure")
                    || label.startsWith("n d assure")
                    || label.startsWith("numero d assure")
                    || label.contains("matricule");
        }

        private Map<String, Integer> columnsOf(int headerRow) {
            quarter = quarterOf();
            Map<String, Integer> found = new HashMap<>();
            for (int column : cells.columns()) {
                String label = DnrLayout.normalise(cells.get(column));
                DnrField field = null;
                int month = 0;
                if (isInsuredNumber(label)) {
                    field = DnrField.INSURED_NUMBER;
                } else if (label.startsWith("prenom")) {
                    field = DnrField.FIRST_NAMES;
                } else if (label.equals("nom") || label.startsWith("nom de famille") || label.startsWith("nom du")) {
                    field = DnrField.LAST_NAME;
                } else if (label.contains("sortie")) {
                    field = DnrField.EXIT_DATE;
                } else if (label.contains("jour")) {
                    field = DnrField.DAYS;
                    month = DnrLayout.monthNamed(label, quarter);
                } else if (label.contains("salaire") || label.contains("remuneration") || label.contains("brut")) {
                    field = DnrField.PAY;
                    month = DnrLayout.monthNamed(label, quarter);
                }
                if (field != null && (month > 0 || (field != DnrField.DAYS && field != DnrField.PAY))) {
                    found.putIfAbsent(DnrWorkbook.key(field, month), column);
                }
            }
            List<String> missing = new ArrayList<>();
            String[] labels = DnrLayout.columnHeaders(quarter);
            requireColumn(found, DnrField.INSURED_NUMBER, 0, labels[0], missing);
            requireColumn(found, DnrField.LAST_NAME, 0, labels[1], missing);
            for (int month = 1; month <= 3; month++) {
                requireColumn(found, DnrField.DAYS, month, labels[1 + 2 * month], missing);
                requireColumn(found, DnrField.PAY, month, labels[2 + 2 * month], missing);
            }
            if (!missing.isEmpty()) {
                throw new DnrFileRefusedException("Feuille « " + sheet + " », ligne " + headerRow
                        + " (titres des colonnes) : colonne(s) introuvable(s) : « " + String.join(" », « ", missing)
                        + " ». Les titres disent le mois (par exemple « " + labels[3] + " »). Partez du fichier"
                        + " modèle.");
            }
            return found;
        }

        private static void requireColumn(
                Map<String, Integer> found, DnrField field, int month, String label, List<String> missing) {
            if (!found.containsKey(DnrWorkbook.key(field, month))) {
                missing.add(label);
            }
        }

        /** "3" and "2026", or "T3" and "2026", or "T3 2026" alone. */
        private Quarter quarterOf() {
            String typedQuarter = quarterCell == null ? "" : quarterCell.value().strip();
            String typedYear = yearCell == null ? "" : yearCell.value().strip();
            try {
                if (typedQuarter.matches("(?i)T?\\s*[1-4]\\s*[-/ ]?\\s*\\d{4}")) {
                    return Quarter.parse(
                            typedQuarter.toUpperCase(Locale.ROOT).startsWith("T") ? typedQuarter : "T" + typedQuarter);
                }
                String number = typedQuarter.replaceFirst("(?i)^T\\s*", "");
                if (number.matches("[1-4](\\.0+)?") && typedYear.matches("\\d{4}(\\.0+)?")) {
                    return new Quarter(Integer.parseInt(typedYear.substring(0, 4)), number.charAt(0) - '0');
                }
            } catch (IllegalArgumentException wrong) {
                // said below, with the cells to correct
            }
            throw new DnrFileRefusedException("Feuille « " + sheet + " », en-tête : trimestre (1 à 4) et année"
                    + " introuvables ou illisibles (lu : « " + typedQuarter + " » et « " + typedYear + " »)."
                    + " Indiquez-les comme dans le fichier modèle : « " + DnrLayout.QUARTER_LABEL + " » 3, « "
                    + DnrLayout.YEAR_LABEL + " » 2026.");
        }

        private DnrRow lineOf(int row) {
            int[] c = lineColumns;
            return new DnrRow(
                    row,
                    value(c[0]),
                    value(c[1]),
                    value(c[2]),
                    List.of(value(c[3]), value(c[4]), value(c[5])),
                    List.of(value(c[6]), value(c[7]), value(c[8])),
                    value(c[9]));
        }

        private int column(DnrField field, int month) {
            Integer column = columns.get(DnrWorkbook.key(field, month));
            return column == null ? -1 : column;
        }

        private String value(int column) {
            String text = column < 0 ? null : cells.get(column);
            return text == null ? "" : text;
        }

        DnrWorkbook result() {
            if (columns == null) {
                throw new DnrFileRefusedException("Feuille « " + sheet + " » : la ligne des titres de colonnes"
                        + " (N° assuré, Nom, jours et salaires de chaque mois) est introuvable. Partez du fichier"
                        + " modèle.");
            }
            Map<DnrField, DnrWorkbook.Located> located = new EnumMap<>(header);
            if (quarterCell != null) {
                located.put(DnrField.QUARTER, quarterCell);
            }
            progress.rowsRead(rowsSeen, expected);
            return new DnrWorkbook(sheet, quarter, located, columns, lines);
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // not part of the declaration
        }
    }
}
