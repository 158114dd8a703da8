package tg.cnss.eservices.declaration.control;

import java.util.List;

/**
 * One worker's line of a quarterly DNR as typed or read from a file, before any check: texts, so
 * that a wrong value can be reported as it was written. {@code days} and {@code pay} hold the
 * quarter's three months in order; an empty text means nothing declared for that month.
 * {@code row}: the line's number as the employer sees it (the spreadsheet's row, the form's line).
 * {@code exitDate}: the day the worker left, when he left during the quarter (else empty).
 */
public record DnrRow(
        int row,
        String insuredNumber,
        String lastName,
        String firstNames,
        List<String> days,
        List<String> pay,
        String exitDate) {

    public DnrRow {
        if (days.size() != 3 || pay.size() != 3) {
            throw new IllegalArgumentException("Une ligne de DNR porte trois mois");
        }
        days = texts(days);
        pay = texts(pay);
        exitDate = exitDate == null ? "" : exitDate;
    }

    /** Immutable, an absent value as "" (List.copyOf does not copy a list that already is). */
    private static List<String> texts(List<String> values) {
        for (String value : values) {
            if (value == null) {
                return values.stream().map(text -> text == null ? "" : text).toList();
            }
        }
        return List.copyOf(values);
    }

    /** A line of a worker still employed at the end of the quarter. */
    public DnrRow(
            int row, String insuredNumber, String lastName, String firstNames, List<String> days, List<String> pay) {
        this(row, insuredNumber, lastName, firstNames, days, pay, "");
    }
}
