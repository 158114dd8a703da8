package tg.cnss.eservices.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as the portal uses it: the sign-in identifier. Compared case-insensitively,
 * so it is stored trimmed and in lower case.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately simple: one @, a dot in the domain, no spaces. Real validity is proven by the
    // verification code sent to it, not by a regular expression.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("Adresse e-mail manquante");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Adresse e-mail invalide : " + value);
        }
    }

    /** Parses user input, or returns null when it is not an e-mail address. */
    public static EmailAddress parseOrNull(String input) {
        try {
            return input == null ? null : new EmailAddress(input);
        } catch (IllegalArgumentException notAnEmail) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
