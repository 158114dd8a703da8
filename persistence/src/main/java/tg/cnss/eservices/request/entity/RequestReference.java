package tg.cnss.eservices.request.entity;

import java.util.regex.Pattern;

/**
 * The public reference of a request, as people read it on screen, in e-mails and over the phone:
 * the kind's prefix, the year, a six-digit number — {@code RC-2026-000042}. Digits and capitals
 * only, no letters that look like digits inside the number.
 */
public record RequestReference(String prefix, int year, long number) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{2})-(\\d{4})-(\\d{6})$");

    public RequestReference {
        if (prefix == null
                || !prefix.matches("[A-Z]{2}")
                || year < 2000
                || year > 9999
                || number < 1
                || number > 999_999) {
            throw new IllegalArgumentException("Référence de demande invalide");
        }
    }

    /** Reads a reference as typed: spaces ignored, lower case accepted. */
    public static RequestReference parse(String input) {
        String compact = input == null ? "" : input.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        var matcher = FORMAT.matcher(compact);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Une référence s'écrit comme RC-2026-000042.");
        }
        return new RequestReference(
                matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", prefix, year, number);
    }
}
