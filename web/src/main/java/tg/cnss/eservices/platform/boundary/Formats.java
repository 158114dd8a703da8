package tg.cnss.eservices.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tg.cnss.eservices.kernel.Francs;

/**
 * How pages write dates, amounts and file sizes (quality.md): JJ/MM/AAAA, Lomé time, "1 250 000 FCFA".
 */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId LOME = ZoneId.of("Africa/Lome");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LOME));
    }

    /** "février 2025". */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : tg.cnss.eservices.kernel.MonthLabels.of(month);
    }

    /** Whole francs as {@link Francs#display()} writes them: "1 250 000 FCFA". */
    public String amount(long francs) {
        return Francs.of(francs).display();
    }

    /** File sizes as people read them: "850 ko", "1,3 Mo" (rounded up, never "0 ko"). */
    public String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + "\u00a0ko";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10) + "\u00a0Mo";
    }
}
