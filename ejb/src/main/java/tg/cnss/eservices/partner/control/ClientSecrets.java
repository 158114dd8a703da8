package tg.cnss.eservices.partner.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Partner client identifiers and secrets. A secret is 256 random bits, shown once to the
 * administrator and kept only as its SHA-256: a hash that cannot be reversed by guessing, since no
 * one can enumerate 2^256 secrets (a slow password hash would only slow every token request). The
 * key that signs payment notifications is derived from the secret (HMAC-SHA256 of a fixed label):
 * the partner works it out from the secret it holds, the portal keeps it to check the signatures.
 */
public final class ClientSecrets {

    /** What the partner writes before a secret (tells it apart from other keys in its vault). */
    public static final String SECRET_PREFIX = "cnss_";

    static final String SIGNING_LABEL = "cnss-signature-notifications";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {}

    public static String newClientId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return "cnss-" + HexFormat.of().formatHex(bytes);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String secret) {
        return tg.cnss.eservices.platform.control.Secrets.tokenDigest(secret);
    }

    /** The notification signing key of a secret: hex of HMAC-SHA256(secret, label). */
    public static String signingKeyOf(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(SIGNING_LABEL.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", impossible);
        }
    }

    public static String hintOf(String secret) {
        return secret.substring(secret.length() - 4);
    }
}
