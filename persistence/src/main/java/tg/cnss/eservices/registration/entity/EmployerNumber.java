package tg.cnss.eservices.registration.entity;

import java.util.regex.Pattern;

/**
 * An employer's CNSS number: the letter E, an 8-digit sequence and a 2-digit MOD 97-10 check key,
 * written {@code E-12345678-89} and stored {@code E1234567889}. The real format is not public
 * (domain-rules.md §3); this one is ours, documented in the README.
 */
public record EmployerNumber(long sequence) {

    private static final Pattern CANONICAL = Pattern.compile("^E(\\d{8})(\\d{2})$");

    public EmployerNumber {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new InvalidNumberException("Le numéro d'employeur doit avoir 8 chiffres après la lettre E.");
        }
    }

    /** Reads a number as typed (spaces, dots and dashes ignored) and checks its key. */
    public static EmployerNumber parse(String input) {
        var matcher = CANONICAL.matcher(CheckKey.compact(input));
        if (!matcher.matches()) {
            throw new InvalidNumberException(
                    "Le numéro d'employeur s'écrit E suivi de 10 chiffres, par exemple E-12345678-89.");
        }
        long sequence = Long.parseLong(matcher.group(1));
        if (!CheckKey.matches(sequence, Integer.parseInt(matcher.group(2)))) {
            throw new InvalidNumberException("Le numéro d'employeur est incorrect : vérifiez chaque chiffre.");
        }
        return new EmployerNumber(sequence);
    }

    public int key() {
        return CheckKey.of(sequence);
    }

    /** As stored and compared: {@code E1234567889}. */
    public String canonical() {
        return String.format("E%08d%02d", sequence, key());
    }

    /** As shown to people: {@code E-12345678-89}. */
    public String display() {
        return String.format("E-%08d-%02d", sequence, key());
    }

    @Override
    public String toString() {
        return display();
    }
}
