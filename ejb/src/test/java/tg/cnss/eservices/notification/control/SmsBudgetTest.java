package tg.cnss.eservices.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmsBudgetTest {

    @Test
    void deferredSmsLeaveTheNextMorningInLome() {
        // Lomé is on UTC all year round.
        assertEquals(
                Instant.parse("2026-12-02T07:00:00Z"), SmsBudget.nextMorning(Instant.parse("2026-12-01T23:59:00Z")));
        assertEquals(
                Instant.parse("2026-12-02T07:00:00Z"), SmsBudget.nextMorning(Instant.parse("2026-12-01T00:01:00Z")));
    }
}
