package tg.cnss.eservices.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The aggregator signs each notification: header {@code X-Signature: sha256=<hex>}, the HMAC-SHA256
 * of the body's bytes exactly as sent, with the secret shared with the CNSS. Compared in constant
 * time; a missing secret accepts nothing.
 */
public final class NotificationSignature {

    public static final String HEADER = "X-Signature";
    private static final String PREFIX = "sha256=";

    private NotificationSignature() {}

    public static String of(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", impossible);
        }
    }

    public static boolean matches(String body, String header, String secret) {
        if (secret == null || secret.isBlank() || header == null || body == null) {
            return false;
        }
        return MessageDigest.isEqual(
                of(body, secret).getBytes(StandardCharsets.US_ASCII),
                header.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The SHA-256 of a body, to tell a replay from another request under the same idempotency key. */
    public static String hashOf(String body) {
        return tg.cnss.eservices.platform.control.Secrets.tokenDigest(body);
    }
}
