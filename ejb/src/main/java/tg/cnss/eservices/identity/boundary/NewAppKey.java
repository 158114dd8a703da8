package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.Totp;

/**
 * A TOTP key being set up: shown as a QR code of {@code keyUri} and as text, kept by the caller's
 * session (not the database) until a right code proves the app holds it.
 */
public record NewAppKey(String secret, String keyUri) implements Serializable {

    static final String ISSUER = "CNSS Togo";

    /** A fresh random key for the account with this e-mail (the name the app shows under "CNSS Togo"). */
    static NewAppKey forAccount(String email) {
        byte[] secret = Totp.newSecret();
        return new NewAppKey(Base32.encode(secret), Totp.keyUri(ISSUER, email, secret));
    }

    /** The key in groups of four, as people type it into an app. */
    public String grouped() {
        return Base32.grouped(secret);
    }
}
