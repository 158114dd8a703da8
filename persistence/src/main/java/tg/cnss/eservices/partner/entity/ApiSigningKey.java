package tg.cnss.eservices.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The RSA key pair that signs the API's access tokens when the deployment gives none
 * ({@code CNSS_API_SIGNING_KEY}): made once by the first server that needs it and shared by the
 * cluster through the database, so that a token signed by one server is accepted by every other.
 */
@Entity
@Table(name = "api_signing_key")
public class ApiSigningKey {

    @Id
    @Column(name = "key_id", nullable = false, length = 40)
    private String keyId;

    /** PKCS#8, Base64. */
    @Lob
    @Column(name = "private_key", nullable = false)
    private String privateKey;

    /** X.509 SubjectPublicKeyInfo, Base64. */
    @Lob
    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiSigningKey() {
        // for JPA
    }

    public ApiSigningKey(String keyId, String privateKey, String publicKey, Instant createdAt) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.createdAt = createdAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public String getPublicKey() {
        return publicKey;
    }
}
