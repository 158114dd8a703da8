package tg.cnss.eservices.declaration.control;

/**
 * One line of the report of an uploaded DNR: where (sheet, row, column letter — blank when the
 * finding is about the file as a whole), the value as written, what to do, in French, and whether
 * it is an error (the file is rejected) or a warning.
 */
public record DnrReportLine(String sheet, int row, String column, String value, String message, boolean error) {

    /** "D12", or "" for the file as a whole. */
    public String cell() {
        return row == 0 || column.isEmpty() ? "" : column + row;
    }
}
