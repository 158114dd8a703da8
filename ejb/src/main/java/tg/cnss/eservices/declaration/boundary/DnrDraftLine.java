package tg.cnss.eservices.declaration.boundary;

import java.util.List;

/**
 * A worker's line of the online DNR as typed (texts, so that a wrong value is kept with its
 * message): the three months' days and gross pay, the exit date if he left during the quarter.
 * {@code onRoster}: he came from the roster (else the employer added him); {@code suggestedPay}:
 * last quarter's pay of each month, shown as a hint, or null.
 */
public record DnrDraftLine(
        String insuredNumber,
        String lastName,
        String firstNames,
        List<String> days,
        List<String> pay,
        String exitDate,
        boolean onRoster,
        List<Long> suggestedPay) {

    public DnrDraftLine {
        days = days == null
                ? List.of("", "", "")
                : days.stream().map(DnrDraftLine::text).toList();
        pay = pay == null
                ? List.of("", "", "")
                : pay.stream().map(DnrDraftLine::text).toList();
        exitDate = text(exitDate);
        insuredNumber = text(insuredNumber);
        lastName = text(lastName);
        firstNames = text(firstNames);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
