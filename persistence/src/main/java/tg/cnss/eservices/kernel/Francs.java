package tg.cnss.eservices.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount in francs CFA (XOF), which has no minor unit (domain-rules.md §1): whole francs in a
 * {@code long}, never a floating point. A rate applied to an amount is rounded half-up to the
 * franc, line by line, as the CNSS computes each contribution line.
 */
public record Francs(long value) implements Comparable<Francs> {

    public static final Francs ZERO = new Francs(0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Francs of(long value) {
        return new Francs(value);
    }

    private static final java.util.regex.Pattern CURRENCY =
            java.util.regex.Pattern.compile("(?i)\\s*(f\\s*cfa|fcfa|xof|f)\\s*$");
    private static final java.util.regex.Pattern DOTTED_THOUSANDS =
            java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d{1,15}");

    /**
     * An amount as people type it or as a spreadsheet stores it as text: "1 250 000", "1250000",
     * "1.250.000", "1 250 000 FCFA" (spaces of any kind, dots between thousands, the currency).
     * Decimals and signs are refused: XOF has no minor unit, and no form asks for a negative amount.
     *
     * @throws IllegalArgumentException with what to type, in French, to follow a field's name
     */
    public static Francs parse(String typed) {
        if (isPlainNumber(typed)) {
            return new Francs(Long.parseLong(typed)); // the usual case, and a DNR file has 300 000 of them
        }
        String amount = CURRENCY.matcher(typed == null ? "" : typed.strip()).replaceFirst("");
        amount = amount.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (DOTTED_THOUSANDS.matcher(amount).matches()) {
            amount = amount.replace(".", "");
        }
        if (!WHOLE.matcher(amount).matches()) {
            throw new IllegalArgumentException(
                    "un montant en francs CFA, en chiffres et sans décimales (par exemple 1 250 000).");
        }
        return new Francs(Long.parseLong(amount));
    }

    private static boolean isPlainNumber(String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > 15) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) < '0' || typed.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public Francs plus(Francs other) {
        return new Francs(Math.addExact(value, other.value));
    }

    public Francs minus(Francs other) {
        return new Francs(Math.subtractExact(value, other.value));
    }

    public Francs times(long count) {
        return new Francs(Math.multiplyExact(value, count));
    }

    /** This amount times a rate in percent (e.g. 12.5), rounded half-up to the franc. */
    public Francs percent(BigDecimal ratePercent) {
        return new Francs(BigDecimal.valueOf(value)
                .multiply(ratePercent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isLessThan(Francs other) {
        return value < other.value;
    }

    @Override
    public int compareTo(Francs other) {
        return Long.compare(value, other.value);
    }

    /**
     * "1 250 000 FCFA": a narrow no-break space between thousands and a no-break space before the
     * currency, as French typography wants (and so that an amount never breaks across lines).
     */
    public String display() {
        return String.format(Locale.FRANCE, "%,d", value)
                        .replace('\u00a0', '\u202f')
                        .replace(' ', '\u202f') + "\u00a0FCFA";
    }

    @Override
    public String toString() {
        return display();
    }
}
