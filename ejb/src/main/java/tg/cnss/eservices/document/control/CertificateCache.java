package tg.cnss.eservices.document.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.infinispan.Cache;
import tg.cnss.eservices.document.entity.CertificateKind;

/**
 * Issued certificates as their verification reads them, kept in WildFly's Infinispan ({@code cnss}
 * container, {@code certificates} cache, 65-caches.cli) for a minute: an issued certificate never
 * changes but for its revocation, which drops it from here ({@link CertificateRegistry#revoke}).
 * Holds the SHA-256 of the code, never the code.
 */
@ApplicationScoped
public class CertificateCache {

    /** What a verification needs of a certificate. */
    public record Facts(
            String reference,
            CertificateKind kind,
            String holderNumber,
            String holderName,
            Instant issuedAt,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant revokedAt,
            byte[] codeHash)
            implements Serializable {

        /** Within its dates on {@code day} (revoked or not). */
        public boolean isCurrentOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    @Resource(lookup = "java:jboss/infinispan/cache/cnss/certificates")
    Cache<String, Facts> cache;

    public Optional<Facts> get(String reference, Function<String, Optional<Facts>> load) {
        Facts cached = cache.get(reference);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Facts> loaded = load.apply(reference);
        loaded.ifPresent(facts -> cache.put(reference, facts));
        return loaded;
    }

    public void forget(String reference) {
        cache.remove(reference);
    }
}
