package tg.cnss.eservices.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.RateLimitHit;

/**
 * How often the public forms that send e-mail and SMS to the addresses a visitor types
 * (pre-registration, sign-up) may be used: per client address and for the whole portal, per hour
 * and per day. Counted in the database, in the caller's transaction (a refused or rolled-back form
 * counts nothing), so that the limits hold across a cluster. Each limit is a setting: system
 * property {@code cnss.limits.public.<name>} or variable {@code CNSS_PUBLIC_LIMIT_<NAME>}.
 */
@Dependent
public class PublicFormLimits {

    /** The limits and their defaults: a person files a handful; the portal, a few hundred an hour. */
    enum Limit {
        ADDRESS_HOUR("address-hour", 3, Duration.ofHours(1), true),
        ADDRESS_DAY("address-day", 10, Duration.ofDays(1), true),
        GLOBAL_HOUR("global-hour", 300, Duration.ofHours(1), false),
        GLOBAL_DAY("global-day", 2000, Duration.ofDays(1), false);

        final String name;
        final int defaultValue;
        final Duration window;
        final boolean perAddress;

        Limit(String name, int defaultValue, Duration window, boolean perAddress) {
            this.name = name;
            this.defaultValue = defaultValue;
            this.window = window;
            this.perAddress = perAddress;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Counts one use of {@code form} from {@code address}, or refuses it with a French message
     * (the form keeps what was typed) when a limit is reached.
     */
    public void take(String form, String address) {
        Instant now = clock.instant();
        String mine = bucket(form, address == null ? "inconnue" : address);
        String everyone = bucket(form, "*");
        for (Limit limit : Limit.values()) {
            String bucket = limit.perAddress ? mine : everyone;
            if (count(bucket, now.minus(limit.window)) >= valueOf(limit)) {
                throw new InvalidFormException(Map.of("limite", message(limit)));
            }
        }
        em.persist(new RateLimitHit(mine, now));
        em.persist(new RateLimitHit(everyone, now));
    }

    private long count(String bucket, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(h) FROM RateLimitHit h WHERE h.bucket = :bucket AND h.occurredAt > :since",
                        Long.class)
                .setParameter("bucket", bucket)
                .setParameter("since", since)
                .getSingleResult();
    }

    private int valueOf(Limit limit) {
        return settings.intValue(
                "cnss.limits.public." + limit.name,
                "CNSS_PUBLIC_LIMIT_"
                        + limit.name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                limit.defaultValue);
    }

    private static String message(Limit limit) {
        return switch (limit) {
            case ADDRESS_HOUR ->
                "Trop de demandes envoyées depuis votre connexion en une heure : vos réponses sont"
                        + " conservées, réessayez dans une heure.";
            case ADDRESS_DAY ->
                "Trop de demandes envoyées depuis votre connexion aujourd'hui : réessayez demain, ou"
                        + " adressez-vous à une agence de la CNSS.";
            case GLOBAL_HOUR, GLOBAL_DAY ->
                "Le service reçoit trop de demandes en ce moment : vos réponses sont"
                        + " conservées, réessayez un peu plus tard.";
        };
    }

    private static String bucket(String form, String who) {
        String bucket = form + "@" + who;
        return bucket.length() <= RateLimitHit.BUCKET_LENGTH ? bucket : bucket.substring(0, RateLimitHit.BUCKET_LENGTH);
    }
}
