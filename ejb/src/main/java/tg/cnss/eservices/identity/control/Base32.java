package tg.cnss.eservices.identity.control;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base 32, the alphabet authenticator apps expect for TOTP keys. Decoding forgives
 * what people do when they type a key: lower case, spaces, dashes, missing padding.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    /** Without padding, as in otpauth:// links. */
    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException on a character outside the alphabet */
    public static byte[] decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '=') {
                continue;
            }
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Caractère hors base 32 : " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }

    /** The key as people read it aloud or type it: groups of four. */
    public static String grouped(String encoded) {
        return encoded.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
