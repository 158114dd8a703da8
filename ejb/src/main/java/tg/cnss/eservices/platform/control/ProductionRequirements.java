package tg.cnss.eservices.platform.control;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a server outside demo mode must be given before it may serve anyone: the key that seals
 * stored secrets, an https public address (links in e-mails), and session cookies sent over TLS
 * only. Each missing setting is named in French and English, with what to set.
 */
public final class ProductionRequirements {

    private ProductionRequirements() {}

    /**
     * @param value a setting by system property and environment variable name ({@link PortalSettings#value})
     * @return one line per unmet requirement; empty when the server may start
     */
    public static List<String> unmet(BiFunction<String, String, String> value) {
        List<String> unmet = new ArrayList<>();
        if (!isDataKey(value.apply("cnss.data-key", "CNSS_DATA_KEY"))) {
            unmet.add("définissez CNSS_DATA_KEY (32 octets en base 64 : openssl rand -base64 32)"
                    + " / set CNSS_DATA_KEY (32 bytes in base 64: openssl rand -base64 32)");
        }
        String url = value.apply("cnss.public-url", "CNSS_PUBLIC_URL");
        if (url == null || !url.strip().startsWith("https://")) {
            unmet.add("définissez CNSS_PUBLIC_URL, l'adresse publique du portail en https://"
                    + " / set CNSS_PUBLIC_URL to the portal's public https:// address");
        }
        if (!"true".equalsIgnoreCase(strip(value.apply("cnss.secure-cookies", "CNSS_SECURE_COOKIES")))) {
            unmet.add("définissez CNSS_SECURE_COOKIES=true (cookies de session envoyés en TLS seulement)"
                    + " / set CNSS_SECURE_COOKIES=true (session cookies over TLS only)");
        }
        return unmet;
    }

    static boolean isDataKey(String configured) {
        if (configured == null || configured.isBlank()) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(configured.strip()).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
