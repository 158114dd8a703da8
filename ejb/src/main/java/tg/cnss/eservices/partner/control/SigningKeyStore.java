package tg.cnss.eservices.partner.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import tg.cnss.eservices.partner.entity.ApiSigningKey;

/**
 * The database's copy of the token signing key pair, for deployments that give none. The first
 * server to need it makes it; two servers making it at once both try to insert the same key id,
 * one fails, and reads the other's ({@link SigningKeys}).
 */
@Stateless
public class SigningKeyStore {

    static final String KEY_ID = "cnss-api-1";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ApiSigningKey> stored() {
        return Optional.ofNullable(em.find(ApiSigningKey.class, KEY_ID));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ApiSigningKey create() {
        KeyPair pair = newPair();
        ApiSigningKey key = new ApiSigningKey(
                KEY_ID,
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                clock.instant());
        em.persist(key);
        em.flush();
        return key;
    }

    private static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("RSA indisponible", impossible);
        }
    }
}
