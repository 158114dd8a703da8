package tg.cnss.eservices.registration.entity;

/**
 * An insured person's CNSS number: a 10-digit sequence and a 2-digit MOD 97-10 check key,
 * written {@code 1234567890-92} and stored {@code 123456789092}. Our own documented format, as
 * for {@link EmployerNumber}.
 */
public record InsuredNumber(long sequence) {

    public InsuredNumber {
        if (sequence < 1 || sequence > 9_999_999_999L) {
            throw new InvalidNumberException("Le numéro d'assuré doit avoir 10 chiffres suivis de la clé.");
        }
    }

    /** Reads a number as typed (spaces, dots and dashes ignored) and checks its key. */
    public static InsuredNumber parse(String input) {
        String digits = CheckKey.compact(input);
        if (digits.length() != 12 || !CheckKey.allDigits(digits)) {
            throw new InvalidNumberException(
                    "Le numéro d'assuré compte 12 chiffres (10 chiffres et une clé de 2), par exemple 1234567890-92.");
        }
        long sequence = Long.parseLong(digits, 0, 10, 10);
        if (!CheckKey.matches(sequence, Integer.parseInt(digits, 10, 12, 10))) {
            throw new InvalidNumberException("Le numéro d'assuré est incorrect : vérifiez chaque chiffre.");
        }
        return new InsuredNumber(sequence);
    }

    public int key() {
        return CheckKey.of(sequence);
    }

    public String canonical() {
        return String.format("%010d%02d", sequence, key());
    }

    public String display() {
        return String.format("%010d-%02d", sequence, key());
    }

    @Override
    public String toString() {
        return display();
    }
}
