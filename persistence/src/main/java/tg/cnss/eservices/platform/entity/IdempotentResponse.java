package tg.cnss.eservices.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer an API endpoint gave to a request carrying an {@code Idempotency-Key}, with the hash
 * of its body: the same key and body get it again, never a second effect.
 */
@Entity
@Table(name = "api_idempotency")
public class IdempotentResponse {

    /** The endpoint's name, a space, the caller's key. */
    @Id
    @Column(name = "request_key", nullable = false, length = 170)
    private String requestKey;

    @Column(name = "body_hash", nullable = false, length = 64)
    private String bodyHash;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_body", nullable = false, length = 2000)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentResponse() {
        // for JPA
    }

    public IdempotentResponse(
            String requestKey, String bodyHash, int statusCode, String responseBody, Instant createdAt) {
        this.requestKey = Objects.requireNonNull(requestKey);
        this.bodyHash = Objects.requireNonNull(bodyHash);
        this.statusCode = statusCode;
        this.responseBody = Objects.requireNonNull(responseBody);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static String keyOf(String endpoint, String idempotencyKey) {
        return endpoint + " " + idempotencyKey;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public String getBodyHash() {
        return bodyHash;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
