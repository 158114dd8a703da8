package tg.cnss.eservices.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataCipherTest {

    private static final byte[] SECRET = "clé TOTP de vingt o".getBytes(StandardCharsets.UTF_8);

    /** Settings from a map instead of the JVM's properties and environment. */
    private static DataCipher cipher(Map<String, String> values) {
        DataCipher cipher = new DataCipher();
        cipher.settings = new PortalSettings() {
            @Override
            public String value(String property, String variable) {
                return values.get(property);
            }
        };
        return cipher;
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void roundTripsAndNeverStoresTheSameTextTwice() {
        DataCipher cipher = cipher(Map.of("cnss.data-key", key(1)));
        String first = cipher.encrypt(SECRET);
        assertTrue(first.startsWith("v1:"));
        assertNotEquals(first, cipher.encrypt(SECRET), "vecteur d'initialisation aléatoire");
        assertArrayEquals(SECRET, cipher.decrypt(first));
    }

    @Test
    void anotherKeyOrAnAlteredValueIsRefused() {
        String sealed = cipher(Map.of("cnss.data-key", key(1))).encrypt(SECRET);
        assertThrows(
                IllegalStateException.class,
                () -> cipher(Map.of("cnss.data-key", key(2))).decrypt(sealed));
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThrows(
                IllegalStateException.class,
                () -> cipher(Map.of("cnss.data-key", key(1))).decrypt(altered));
    }

    @Test
    void productionWithoutAKeyRefusesDemoModeUsesTheDemoKey() {
        assertThrows(IllegalStateException.class, () -> cipher(Map.of()).encrypt(SECRET));
        DataCipher demo = cipher(Map.of("cnss.demo", "true"));
        assertArrayEquals(SECRET, demo.decrypt(demo.encrypt(SECRET)));
        assertThrows(
                IllegalStateException.class,
                () -> cipher(Map.of("cnss.data-key", "trop-court")).encrypt(SECRET));
    }
}
