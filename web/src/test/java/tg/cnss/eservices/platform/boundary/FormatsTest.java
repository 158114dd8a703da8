package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void amountsAreWholeFrancsGroupedByThousands() {
        assertEquals("1\u202f250\u202f000\u00a0FCFA", formats.amount(1_250_000));
        assertEquals("0\u00a0FCFA", formats.amount(0));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("05/01/2024", formats.date(LocalDate.of(2024, 1, 5)));
        assertEquals("", formats.date(null));
    }

    @Test
    void instantsAreShownInLomeTime() {
        // Lomé is on UTC all year round.
        assertEquals("27/11/2026 à 09h05", formats.dateTime(Instant.parse("2026-11-27T09:05:00Z")));
    }

    @Test
    void incidentNumbersAreDatedAndShort() {
        String number = IncidentBacking.newIncidentNumber();
        assertTrue(number.matches("INC-\\d{8}-[0-9A-F]{6}"), number);
    }

    @Test
    void fileSizesAreRoundedUpInKiloOrMegabytes() {
        assertEquals("1\u00a0ko", formats.fileSize(10));
        assertEquals("850\u00a0ko", formats.fileSize(850 * 1024));
        assertEquals("1,3\u00a0Mo", formats.fileSize(1_300_000));
        assertEquals("5\u00a0Mo", formats.fileSize(5L * 1024 * 1024));
    }
}
