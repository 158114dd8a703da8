package tg.cnss.eservices.kernel;

import java.security.SecureRandom;

/**
 * Random codes people read and type back: letters and digits that cannot be misread for one
 * another (no 0/O, 1/I/L), drawn from a secure source — references nobody can count through.
 */
public final class ReadableCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {}

    public static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
