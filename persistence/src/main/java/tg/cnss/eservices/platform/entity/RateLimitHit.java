package tg.cnss.eservices.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One use of a limited action, counted in a bucket (an action and a client address, or the whole portal). */
@Entity
@Table(name = "rate_limit_hit")
public class RateLimitHit {

    public static final int BUCKET_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "bucket", nullable = false, length = BUCKET_LENGTH)
    private String bucket;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected RateLimitHit() {
        // for JPA
    }

    public RateLimitHit(String bucket, Instant occurredAt) {
        this.bucket = Objects.requireNonNull(bucket);
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }
}
