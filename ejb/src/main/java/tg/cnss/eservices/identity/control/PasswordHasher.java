package tg.cnss.eservices.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256, 600 000 iterations and a 16-byte random salt per
 * password (quality.md; OWASP's figure for this function). Stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the parameters can be raised later and
 * old hashes upgraded at the next sign-in.
 */
public final class PasswordHasher {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** Fewer iterations are for unit tests of the format only; the portal always uses the default. */
    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Compares in constant time; an unreadable stored value never matches. Hashes of accounts
     * imported from the old site are checked in their own format ({@link LegacyPasswords}); they
     * "need a rehash", so that the first sign-in replaces them.
     */
    public boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return LegacyPasswords.verify(password, stored);
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, storedIterations));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Whether a stored hash was made with weaker parameters than today's and should be redone. */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
        try {
            // The JDK's implementation feeds HMAC with the UTF-8 bytes of the password.
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 indisponible", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
