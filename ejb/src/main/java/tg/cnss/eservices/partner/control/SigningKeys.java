package tg.cnss.eservices.partner.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import tg.cnss.eservices.partner.entity.ApiSigningKey;

/**
 * The RSA key pair that signs and verifies the API's access tokens. In production it is given by
 * {@code CNSS_API_SIGNING_KEY} (an RSA private key, PKCS#8 PEM, the same on every server); without
 * it, the pair kept in the database ({@link SigningKeyStore}). Read once per server: the key does not
 * change while the server runs (a new key is a restart, and tokens live five minutes).
 */
@ApplicationScoped
public class SigningKeys {

    /** The key pair and its id, as the {@code kid} header of the tokens says. */
    public record Pair(String keyId, PrivateKey privateKey, PublicKey publicKey) {}

    @Inject
    SigningKeyStore store;

    private volatile Pair pair;

    public Pair current() {
        Pair loaded = pair;
        if (loaded == null) {
            loaded = load();
            pair = loaded;
        }
        return loaded;
    }

    private Pair load() {
        String pem = System.getenv("CNSS_API_SIGNING_KEY");
        if (pem != null && !pem.isBlank()) {
            return fromPem(pem);
        }
        ApiSigningKey stored = store.stored().orElseGet(this::createOrReadTheOther);
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new Pair(
                    stored.getKeyId(),
                    rsa.generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getPrivateKey()))),
                    rsa.generatePublic(
                            new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getPublicKey()))));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("Clé de signature des jetons illisible en base", unreadable);
        }
    }

    private ApiSigningKey createOrReadTheOther() {
        try {
            return store.create();
        } catch (EJBException madeMeanwhile) {
            // another server inserted it first: its key is the cluster's
            return store.stored().orElseThrow(() -> madeMeanwhile);
        }
    }

    static Pair fromPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException("CNSS_API_SIGNING_KEY : clé RSA PKCS#8 attendue");
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new Pair("cnss-api-env", privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalStateException(
                    "CNSS_API_SIGNING_KEY illisible (clé RSA PKCS#8 en PEM attendue)", unreadable);
        }
    }
}
