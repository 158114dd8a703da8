package tg.cnss.eservices.registration.entity;

/**
 * The two-digit check key of CNSS numbers: ISO 7064 MOD 97-10, the scheme of IBANs. It catches
 * every single-digit typing error and every swap of two neighbouring digits.
 */
final class CheckKey {

    private CheckKey() {}

    static int of(long number) {
        return (int) (98 - Math.floorMod(number * 100, 97L));
    }

    static boolean matches(long number, int key) {
        return of(number) == key;
    }

    static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Removes what people type between digits: spaces, dots, dashes, slashes. */
    static String compact(String input) {
        if (input == null) {
            return "";
        }
        // By hand rather than by a regular expression: a DNR file checks 100 000 numbers.
        StringBuilder kept = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '.' && c != '/' && c != '-') {
                kept.append(Character.toUpperCase(c));
            }
        }
        return kept.toString();
    }
}
