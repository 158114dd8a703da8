package tg.cnss.eservices.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void userInputCannotForgeExtraLines() {
        AuditEvent event = new AuditEvent(
                Instant.EPOCH,
                "x@y.tg\n2026-01-01 admin SIGN_IN SUCCES",
                "1.2.3.4",
                AuditAction.SIGN_IN_FAILED,
                "REFUSE",
                "a\r\nb\tc");
        assertFalse(event.getActor().contains("\n"));
        assertEquals("a__b_c", event.getDetail());
    }

    @Test
    void longDetailsAreCutToTheColumn() {
        AuditEvent event =
                new AuditEvent(Instant.EPOCH, null, null, AuditAction.ACCESS_DENIED, "REFUSE", "x".repeat(600));
        assertEquals(AuditEvent.DETAIL_LENGTH, event.getDetail().length());
        assertEquals("anonyme", event.getActor());
    }
}
