package tg.cnss.eservices.partner.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Calls per minute and per partner client, counted in WildFly's Infinispan ({@code cnss} cache
 * container, {@code api-calls} cache, 65-caches.cli): one counter per client and calendar minute,
 * gone two minutes later. Local to a server in {@code standalone-full}; the {@code -ha}
 * configuration makes the cache distributed so that every server counts the same calls.
 */
@ApplicationScoped
public class CallRates {

    @Resource(lookup = "java:jboss/infinispan/cache/cnss/api-calls")
    Cache<String, Long> counters;

    /**
     * Counts a call of {@code clientId}; empty when within {@code perMinute}, else the seconds to
     * wait until the next minute opens ({@code Retry-After}).
     */
    public OptionalLong take(String clientId, int perMinute, Instant now) {
        long minute = now.getEpochSecond() / 60;
        Long calls = counters.merge(clientId + '@' + minute, 1L, Long::sum, 2, TimeUnit.MINUTES);
        if (calls <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (minute + 1) * 60 - now.getEpochSecond()));
    }
}
