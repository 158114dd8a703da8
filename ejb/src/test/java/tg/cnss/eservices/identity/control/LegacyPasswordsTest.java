package tg.cnss.eservices.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LegacyPasswordsTest {

    static String salted(String algorithm, String prefix, String salt, String password) throws Exception {
        return prefix + ":" + salt + ":"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance(algorithm)
                                .digest((salt + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bcryptHashesOfTheOldSiteAreChecked() {
        String hash = BCrypt.withDefaults().hashToString(6, "ancien-secret".toCharArray());
        assertTrue(LegacyPasswords.isSupported(hash));
        assertTrue(LegacyPasswords.verify("ancien-secret", hash));
        assertFalse(LegacyPasswords.verify("autre", hash));
        assertTrue(LegacyPasswords.verify("ancien-secret", hash.replace("$2a$", "$2y$")), "variante PHP $2y$");
    }

    @Test
    void saltedDigestsAreChecked() throws Exception {
        String sha = salted("SHA-256", "sha256", "a1b2", "Lomé2019");
        assertTrue(LegacyPasswords.verify("Lomé2019", sha));
        assertFalse(LegacyPasswords.verify("lomé2019", sha), "comparé exactement");
        String md5 = salted("MD5", "md5", "x9", "motdepasse");
        assertTrue(LegacyPasswords.verify("motdepasse", md5));
    }

    /** Security review, low findings: no fast digest waits in the table. */
    @Test
    void saltedDigestsAreKeptWrappedInPbkdf2() throws Exception {
        String sha = salted("SHA-256", "sha256", "a1b2", "Lomé2019");
        String wrapped = LegacyPasswords.wrap(sha);
        assertTrue(wrapped.startsWith("legacy-sha256:"), wrapped);
        assertFalse(wrapped.contains(sha.split(":")[2]), "the fast digest is not kept");
        assertTrue(LegacyPasswords.verify("Lomé2019", wrapped));
        assertFalse(LegacyPasswords.verify("lomé2019", wrapped));
        String md5 = LegacyPasswords.wrap(salted("MD5", "md5", "x9", "motdepasse"));
        assertTrue(LegacyPasswords.verify("motdepasse", md5));
        String bcrypt = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
        assertEquals(bcrypt, LegacyPasswords.wrap(bcrypt), "bcrypt is slow already");
    }

    @Test
    void anythingElseIsNotAHashTheImportTakes() {
        assertFalse(LegacyPasswords.isSupported("motdepasse-en-clair"));
        assertFalse(LegacyPasswords.isSupported("sha1:sel:0123"));
        assertFalse(LegacyPasswords.isSupported("sha256:sel:pas-hexa"));
        assertFalse(LegacyPasswords.verify("x", null));
    }

    @Test
    void theHasherAcceptsLegacyHashesAndAsksToReplaceThem() throws Exception {
        String sha = salted("SHA-256", "sha256", "s", "ancien");
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertTrue(hasher.verify("ancien", sha));
        assertTrue(hasher.needsRehash(sha));
    }
}
