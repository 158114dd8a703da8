package tg.cnss.eservices.declaration.control;

import java.util.List;

/**
 * One worker's line of a quarterly DNR as typed or read from a file, before any check: texts, so
 * that a wrong value can be reported as it was written. {@code days} and {@code pay} hold the
 * quarter's three months in order; an empty text means nothing declared for that month.
 * {@code row}: the line's number as the employer sees it (the spreadsheet's row, the form's line).
 */
public record DnrRow(
        int row, String insuredNumber, String lastName, String firstNames, List<String> days, List<String> pay) {

    public DnrRow {
        if (days.size() != 3 || pay.size() != 3) {
            throw new IllegalArgumentException("Une ligne de DNR porte trois mois");
        }
        days = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(days));
        pay = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pay));
    }
}
