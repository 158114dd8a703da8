package tg.cnss.eservices.document.control;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them in French: "12 ko", "1,5 Mo" (no-break space before the unit). */
public final class FileSizes {

    private FileSizes() {}

    public static String label(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + "\u00a0ko";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10) + "\u00a0Mo";
    }
}
