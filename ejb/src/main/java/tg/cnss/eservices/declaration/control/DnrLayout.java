package tg.cnss.eservices.declaration.control;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;

/**
 * Where things are in the DNR model: its sheets, the header block's labels and the columns of the
 * table. The model is written with these; a filled file is read by recognising them (a column moved
 * by the employer is found by its header), so both sides share this class.
 */
public final class DnrLayout {

    public static final String DATA_SHEET = "DNR";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    public static final String TITLE = "Déclaration Nominative des Rémunérations (DNR) — CNSS Togo";

    public static final String EMPLOYER_LABEL = "N° employeur";
    public static final String NAME_LABEL = "Raison sociale";
    public static final String QUARTER_LABEL = "Trimestre";
    public static final String YEAR_LABEL = "Année";
    public static final String TOTAL_LABEL = "Total des salaires bruts du trimestre (facultatif)";

    /** Rows of the model, counted from 0 as POI does. */
    static final int EMPLOYER_ROW = 1;

    static final int TABLE_HEADER_ROW = 7;

    /** The largest file read: beyond, the employer splits nothing — he sends it through the API. */
    public static final int MAX_ROWS = 100_000;

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private DnrLayout() {}

    /** The columns of the model, in order: A to J. */
    public static String[] columnHeaders(Quarter quarter) {
        String[] headers = new String[10];
        headers[0] = "N° assuré";
        headers[1] = "Nom";
        headers[2] = "Prénoms";
        for (int month = 1; month <= 3; month++) {
            String name = MonthLabels.of(quarter.months().get(month - 1));
            headers[1 + 2 * month] = "Jours travaillés " + name;
            headers[2 + 2 * month] = "Salaire brut " + name + " (FCFA)";
        }
        headers[9] = "Date de sortie";
        return headers;
    }

    /** "N° Assuré ", "n° assure" and "N°ASSURÉ" read alike: lower case, no accents, no symbols. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("[^a-z0-9]+", " ");
        return plain.strip();
    }

    /** The month of the quarter (1 to 3) a column header names — "juillet", "mois 2", "M3" — or 0. */
    static int monthNamed(String normalisedHeader, Quarter quarter) {
        for (int month = 1; month <= 3; month++) {
            YearMonth period = quarter.months().get(month - 1);
            String name = normalise(period.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.FRENCH));
            if ((" " + normalisedHeader + " ").contains(" " + name + " ")
                    || normalisedHeader.matches(".*\\b(mois|m) ?" + month + "\\b.*")) {
                return month;
            }
        }
        return 0;
    }
}
