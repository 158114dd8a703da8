package tg.cnss.eservices.identity.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The password hashes of the old site's accounts, as the import accepts them (README, "Accounts
 * of the old site"): bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}), or a salted digest written
 * {@code sha256:<salt>:<hex>} or {@code md5:<salt>:<hex>} (digest of the salt then the password,
 * in UTF-8). They are only ever verified: at the first sign-in the password is hashed again with
 * the portal's own scheme.
 *
 * <p>A salted MD5 or SHA-256 digest is fast to attack if the table is copied: the import keeps it
 * wrapped in PBKDF2 ({@link #wrap}: {@code legacy-<alg>:<salt>:<pbkdf2 salt>:<pbkdf2 of the hex
 * digest>}, in base 64), and a sign-in checks PBKDF2 of the old digest of what was typed. bcrypt is
 * slow already and is kept as it came.
 */
public final class LegacyPasswords {

    private static final String WRAPPED = "legacy-";
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** What the import stores: bcrypt as it came, a salted digest wrapped in PBKDF2. */
    public static String wrap(String stored) {
        if (!isSupported(stored) || isBcrypt(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", -1);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return WRAPPED + parts[0] + ":" + b64.encodeToString(parts[1].getBytes(StandardCharsets.UTF_8)) + ":"
                + b64.encodeToString(salt) + ":"
                + b64.encodeToString(
                        PasswordHasher.pbkdf2(parts[2].toLowerCase(Locale.ROOT), salt, PasswordHasher.ITERATIONS));
    }

    public static boolean verify(String password, String stored) {
        if (password != null && stored != null && stored.startsWith(WRAPPED)) {
            return verifyWrapped(password, stored.substring(WRAPPED.length()));
        }
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

    private static boolean verifyWrapped(String password, String wrapped) {
        String[] parts = wrapped.split(":", -1);
        if (parts.length != 4 || !(parts[0].equals("sha256") || parts[0].equals("md5"))) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            String oldSalt = new String(b64.decode(parts[1]), StandardCharsets.UTF_8);
            String oldDigest =
                    HexFormat.of().formatHex(digest(parts[0].equals("sha256") ? "SHA-256" : "MD5", oldSalt + password));
            return MessageDigest.isEqual(
                    b64.decode(parts[3]),
                    PasswordHasher.pbkdf2(oldDigest, b64.decode(parts[2]), PasswordHasher.ITERATIONS));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
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
