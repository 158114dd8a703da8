package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * A worker's line of an accepted DNR, typed: what is recorded and posted to the individual
 * account. {@code insuredNumber}: canonical, null for a worker still to register; {@code line}:
 * its number in the declaration, from 1.
 */
public record DnrLine(
        int line,
        String insuredNumber,
        String lastName,
        String firstNames,
        List<Integer> days,
        List<Long> pay,
        LocalDate exitDate) {

    /** The line of a row that the rules accepted (else the parse errors they reported would be thrown here). */
    public static DnrLine of(int line, DnrRow row) {
        String number = clean(row.insuredNumber());
        String exit = clean(row.exitDate());
        return new DnrLine(
                line,
                number.isEmpty() ? null : InsuredNumber.parse(number).canonical(),
                truncated(clean(row.lastName()), 80),
                truncated(clean(row.firstNames()), 100),
                row.days().stream().map(DnrLine::days).toList(),
                row.pay().stream().map(DnrLine::pay).toList(),
                exit.isEmpty() ? null : DnrDates.parse(exit));
    }

    public boolean toRegister() {
        return insuredNumber == null;
    }

    private static int days(String typed) {
        String text = clean(typed);
        return text.isEmpty() ? 0 : Integer.parseInt(text.replaceFirst("\\..*", ""));
    }

    private static long pay(String typed) {
        String text = clean(typed);
        return text.isEmpty() ? 0 : Francs.parse(text).value();
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\u00a0', ' ').strip();
    }

    private static String truncated(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
