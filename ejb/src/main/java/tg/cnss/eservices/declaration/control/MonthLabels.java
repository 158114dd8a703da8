package tg.cnss.eservices.declaration.control;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "octobre 2026": how pages, messages and receipts name a declared month. */
public final class MonthLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private MonthLabels() {}

    public static String of(YearMonth period) {
        return period.format(MONTH);
    }
}
