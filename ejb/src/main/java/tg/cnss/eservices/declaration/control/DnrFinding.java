package tg.cnss.eservices.declaration.control;

/**
 * One thing to put right (an error) or to check (a warning) in a DNR, at its place: the line
 * ({@code 0} for the declaration as a whole), the field, the month of the quarter (1 to 3, or 0
 * when the field has no month), the value as written, and what to do, in French.
 */
public record DnrFinding(int row, DnrField field, int month, String value, String message, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
