package tg.cnss.eservices.identity.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The password hashes of the old site's accounts, as the import accepts them (README, "Accounts
 * of the old site"): bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}), or a salted digest written
 * {@code sha256:<salt>:<hex>} or {@code md5:<salt>:<hex>} (digest of the salt then the password,
 * in UTF-8). They are only ever verified: at the first sign-in the password is hashed again with
 * the portal's own scheme.
 */
public final class LegacyPasswords {

    private LegacyPasswords() {}

    public static boolean isSupported(String stored) {
        if (stored == null) {
            return false;
        }
        if (isBcrypt(stored)) {
            return stored.length() == 60;
        }
        String[] parts = stored.split(":", -1);
        return parts.length == 3
                && (parts[0].equals("sha256") && parts[2].matches("[0-9a-fA-F]{64}")
                        || parts[0].equals("md5") && parts[2].matches("[0-9a-fA-F]{32}"));
    }

    public static boolean verify(String password, String stored) {
        if (password == null || !isSupported(stored)) {
            return false;
        }
        if (isBcrypt(stored)) {
            return BCrypt.verifyer().verify(password.toCharArray(), stored.toCharArray()).verified;
        }
        String[] parts = stored.split(":", -1);
        byte[] expected = HexFormat.of().parseHex(parts[2].toLowerCase(Locale.ROOT));
        byte[] actual = digest(parts[0].equals("sha256") ? "SHA-256" : "MD5", parts[1] + password);
        return MessageDigest.isEqual(expected, actual);
    }

    private static boolean isBcrypt(String stored) {
        return stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$");
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
