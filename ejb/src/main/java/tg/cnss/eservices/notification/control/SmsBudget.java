package tg.cnss.eservices.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tg.cnss.eservices.notification.entity.Channel;
import tg.cnss.eservices.notification.entity.DeliveryStatus;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PortalSettings;

/**
 * The SMS the portal may send in a day (Lomé time): a flood of public forms must not spend the
 * fund's SMS credit. Counted from the record of sent messages, so it holds across a cluster. Once
 * spent, further SMS wait for the next morning ({@link #nextMorning}). Setting: system property
 * {@code cnss.sms.daily-budget} or variable {@code CNSS_SMS_DAILY_BUDGET} (default 5 000).
 */
@Dependent
public class SmsBudget {

    static final int DEFAULT_DAILY_BUDGET = 5_000;
    /** When deferred SMS leave: early enough for the day, late enough not to wake anyone. */
    static final LocalTime MORNING = LocalTime.of(7, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /** Whether today's budget is spent. */
    public boolean spent() {
        Instant startOfDay = startOfToday();
        long sentToday = em.createQuery(
                        "SELECT COUNT(m) FROM OutboundMessage m WHERE m.channel = :sms AND m.status IN :sent"
                                + " AND m.createdAt >= :since",
                        Long.class)
                .setParameter("sms", Channel.SMS)
                .setParameter("sent", List.of(DeliveryStatus.SENT, DeliveryStatus.DEMO_MAILBOX))
                .setParameter("since", startOfDay)
                .getSingleResult();
        return sentToday >= dailyBudget();
    }

    /** Midnight in Lomé, when the day's budget starts again. */
    public Instant startOfToday() {
        return LocalDate.now(clock.withZone(Clocks.LOME))
                .atStartOfDay(Clocks.LOME)
                .toInstant();
    }

    public int dailyBudget() {
        return settings.intValue("cnss.sms.daily-budget", "CNSS_SMS_DAILY_BUDGET", DEFAULT_DAILY_BUDGET);
    }

    /** How long until tomorrow morning in Lomé, when deferred SMS go. */
    public Duration untilNextMorning() {
        Instant now = clock.instant();
        return Duration.between(now, nextMorning(now));
    }

    static Instant nextMorning(Instant now) {
        return LocalDate.ofInstant(now, Clocks.LOME)
                .plusDays(1)
                .atTime(MORNING)
                .atZone(Clocks.LOME)
                .toInstant();
    }
}
