package tg.cnss.eservices.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.partner.entity.PartnerScope;

class ClientSecretsTest {

    @Test
    void aSecretIs256RandomBitsWithItsPrefix() {
        String secret = ClientSecrets.newSecret();
        assertTrue(secret.matches("cnss_[A-Za-z0-9_-]{43}"), secret);
        assertNotEquals(secret, ClientSecrets.newSecret());
        assertTrue(ClientSecrets.newClientId().matches("cnss-[0-9a-f]{18}"));
        assertEquals(secret.substring(secret.length() - 4), ClientSecrets.hintOf(secret));
    }

    /** Figures computed apart (Python's hashlib and hmac): a partner can work them out the same way. */
    @Test
    void theHashAndTheSigningKeyAreWhatAPartnerComputes() {
        String secret = "cnss_secret-de-test";
        assertEquals("0e598b6ae065ec995d38b466066c8c48709d016f2a7837db31ee3b565c9eef44", ClientSecrets.hashOf(secret));
        assertEquals(
                "bb568d740f1fe26479e8e8a2fa9375e521788ce4b001c18ae17e5481333ea422", ClientSecrets.signingKeyOf(secret));
    }

    @Test
    void scopesAreWrittenAndReadAsSpaceSeparatedCodes() {
        assertEquals(
                "paiements verification",
                PartnerScope.join(EnumSet.of(PartnerScope.VERIFICATION, PartnerScope.PAIEMENTS)));
        assertEquals(
                EnumSet.of(PartnerScope.MOBILE, PartnerScope.DECLARATIONS),
                PartnerScope.split("  mobile   inconnue declarations "));
        assertEquals(EnumSet.noneOf(PartnerScope.class), PartnerScope.split(null));
    }

    @Test
    void theDeploymentsKeyIsReadFromItsPemWithItsPublicHalf() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        SigningKeys.Pair read = SigningKeys.fromPem(pem);
        assertEquals(pair.getPublic(), read.publicKey());
        assertEquals(pair.getPrivate(), read.privateKey());
        assertThrows(IllegalStateException.class, () -> SigningKeys.fromPem("-----BEGIN PRIVATE KEY-----\nabc\n"));
    }
}
