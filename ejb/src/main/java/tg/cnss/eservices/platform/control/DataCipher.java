package tg.cnss.eservices.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the few values the database must hold but must not give away if it is copied (TOTP
 * keys): AES-256-GCM with a key from the environment ({@code CNSS_DATA_KEY}, 32 bytes in base 64,
 * e.g. {@code openssl rand -base64 32}), never from the database. Demo mode without a key uses a
 * published demo key; a production server without one refuses to store such values.
 */
@ApplicationScoped
public class DataCipher {

    static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSettings settings;

    public String encrypt(byte[] clear) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear);
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement impossible", e);
        }
    }

    /** @throws IllegalStateException if the value was sealed with another key or altered */
    public byte[] decrypt(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Valeur chiffrée illisible");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Valeur chiffrée avec une autre clé ou altérée (CNSS_DATA_KEY)", e);
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        String configured = settings.value("cnss.data-key", "CNSS_DATA_KEY");
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException notBase64) {
                key = new byte[0];
            }
            if (key.length != 32) {
                throw new IllegalStateException("CNSS_DATA_KEY doit faire 32 octets (openssl rand -base64 32)");
            }
            return new SecretKeySpec(key, "AES");
        }
        if (settings.isDemoMode()) {
            byte[] demoKey = MessageDigest.getInstance("SHA-256")
                    .digest("CNSS demo only - never in production".getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(demoKey, "AES");
        }
        throw new IllegalStateException("CNSS_DATA_KEY n'est pas défini : impossible de protéger les clés TOTP");
    }
}
