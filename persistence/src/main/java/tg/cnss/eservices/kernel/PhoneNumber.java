package tg.cnss.eservices.kernel;

import java.util.Set;

/**
 * A Togolese phone number (domain-rules.md): +228 then 8 digits, fixed lines 22–27, mobiles 70,
 * 71, 79, 90–93, 96–99. Spaces, dots, dashes and brackets are ignored when typed; "+228" or
 * "00228" may be given or left out. Never tells the operator: numbers are portable.
 */
public record PhoneNumber(String digits) {

    private static final Set<String> PREFIXES = Set.of(
            "22", "23", "24", "25", "26", "27", "70", "71", "79", "90", "91", "92", "93", "96", "97", "98", "99");

    public PhoneNumber {
        if (digits == null || !digits.matches("\\d{8}") || !PREFIXES.contains(digits.substring(0, 2))) {
            throw new IllegalArgumentException("Numéro de téléphone togolais invalide : +228 suivi de 8 chiffres"
                    + " (fixe 22 à 27, mobile 70, 71, 79, 90 à 93, 96 à 99).");
        }
    }

    public static PhoneNumber parse(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("+228")) {
            compact = compact.substring(4);
        } else if (compact.startsWith("00228")) {
            compact = compact.substring(5);
        }
        return new PhoneNumber(compact);
    }

    private static final Set<String> MOBILE_PREFIXES =
            Set.of("70", "71", "79", "90", "91", "92", "93", "96", "97", "98", "99");

    /** A mobile number, which can receive SMS codes (fixed lines start 22 to 27). */
    public boolean isMobile() {
        return MOBILE_PREFIXES.contains(digits.substring(0, 2));
    }

    /** For gateways: "+22890123456". */
    public String e164() {
        return "+228" + digits;
    }

    /** For people: "+228 90 12 34 56". */
    /** For showing where a code went without giving the number away: "+228 90 •• •• 56". */
    public String masked() {
        return "+228 " + digits.substring(0, 2) + " •• •• " + digits.substring(6);
    }

    public String display() {
        return "+228 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6);
    }
}
