package tg.cnss.eservices.declaration.control;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import tg.cnss.eservices.kernel.Quarter;

/**
 * A DNR file as read: the sheet, the quarter its header names, the header's values with their
 * cells (employer number, name, total), where each column was found, and the workers' lines as
 * written. {@code columns} maps {@link #key} of a field and month to the column's index.
 */
public record DnrWorkbook(
        String sheet, Quarter quarter, Map<DnrField, Located> header, Map<String, Integer> columns, List<DnrRow> rows) {

    /** A value of the header and the cell holding it ("B3"). */
    public record Located(String value, String cell) {}

    public DnrWorkbook {
        header = Map.copyOf(header);
        columns = Map.copyOf(columns);
    }

    static String key(DnrField field, int month) {
        return field.name() + month;
    }

    /** The column letter of a field ("D"), or "" when the file has no such column. */
    public String columnOf(DnrField field, int month) {
        Integer index = columns.get(key(field, month));
        return index == null ? "" : CellReference.convertNumToColString(index);
    }

    public String headerValue(DnrField field) {
        Located located = header.get(field);
        return located == null ? null : located.value();
    }
}
