package tg.cnss.eservices.identity.control;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them by default:
 * HMAC-SHA1, 30-second steps, 6 digits. Written here rather than taken from a library because it
 * is forty lines of the JDK and the RFC's test vectors check it (TotpTest).
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the server's: a phone's clock may be up to 30 s off. */
    static final int TOLERANCE = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new 160-bit key (RFC 4226 recommends the HMAC-SHA1 output size). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    public static String codeAt(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /** The code of the given step, for the RFC's other algorithms and lengths too (tests). */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int code = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", code);
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /**
     * The step whose code this is, within the tolerance around {@code now}, compared in constant
     * time; empty when it matches none.
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(), code.getBytes())) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The otpauth:// link that authenticator apps read from the QR code (Key URI Format). */
    public static String keyUri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
