package tg.cnss.eservices.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tg.cnss.eservices.platform.control.Secrets;

/**
 * Recovery codes ("codes de secours"): ten codes of ten characters, shown once, each signing in
 * once. The alphabet leaves out letters and digits people confuse (0/O, 1/I/L, 5/S, 8/B) so that
 * a code copied by hand still works; 10 characters of 26 give about 47 bits, far out of reach of
 * guessing through a sign-in form that locks after five failures.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** New codes, written XXXXX-XXXXX. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int j = 0; j < LENGTH; j++) {
                if (j == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether what was typed has the shape of a recovery code (rather than of a 6-digit code). */
    public static boolean looksLikeOne(String typed) {
        return typed != null
                && normalise(typed).length() == LENGTH
                && !normalise(typed).matches("\\d+");
    }

    /**
     * What is stored and compared: PBKDF2-HMAC-SHA256 of the code (upper case, without the dash or
     * spaces people add or drop) with the passwords' iterations, so that a copied table costs as
     * much to attack as the passwords. The salt comes from the account's id — the same for a code
     * each time, so that a typed code is found by its digest with one computation, and different
     * for each account, so that no table of digests serves for two.
     */
    public static String digest(long accountId, String typed) {
        byte[] salt = Arrays.copyOf(
                Secrets.sha256Hex(("cnss-recovery-code:" + accountId).getBytes(StandardCharsets.US_ASCII))
                        .getBytes(StandardCharsets.US_ASCII),
                16);
        return HexFormat.of().formatHex(PasswordHasher.pbkdf2(normalise(typed), salt, PasswordHasher.ITERATIONS));
    }

    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
