package tg.cnss.eservices.kernel;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "octobre 2026": how pages, messages, receipts and statements name a month. */
public final class MonthLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private MonthLabels() {}

    public static String of(YearMonth period) {
        return period.format(MONTH);
    }
}
