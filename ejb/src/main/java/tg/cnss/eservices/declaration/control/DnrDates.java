package tg.cnss.eservices.declaration.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets and people write them in a DNR: "31/08/2026", "31-08-2026", "31.08.2026",
 * "2026-08-31" (ISO, as Google Sheets and LibreOffice may export them) and the spreadsheet's own
 * day number (days since 30/12/1899, what a date cell holds when its format is lost).
 */
public final class DnrDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

    private DnrDates() {}

    /** The day written, or an IllegalArgumentException saying, in French, how to write it. */
    public static LocalDate parse(String typed) {
        String text = typed.strip();
        try {
            Matcher matcher = DAY_FIRST.matcher(text);
            if (matcher.matches()) {
                return LocalDate.of(num(matcher, 3), num(matcher, 2), num(matcher, 1));
            }
            matcher = ISO.matcher(text);
            if (matcher.matches()) {
                return LocalDate.of(num(matcher, 1), num(matcher, 2), num(matcher, 3));
            }
            matcher = SERIAL.matcher(text);
            if (matcher.matches()) {
                return SPREADSHEET_EPOCH.plusDays(Long.parseLong(matcher.group(1)));
            }
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("Date de sortie : « " + text + " » n'existe pas au calendrier.");
        }
        throw new IllegalArgumentException("Date de sortie : écrivez-la jj/mm/aaaa (par exemple 31/08/2026).");
    }

    private static int num(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
