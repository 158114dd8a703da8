package tg.cnss.eservices.declaration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** The registry asked a thousand numbers at a time beside the reading; and the dates a DNR may hold. */
class KnownNumbersLookupTest {

    @Test
    void numbersAreAskedAThousandAtATimeOneQueryAfterTheOther() {
        List<Integer> asked = new ArrayList<>();
        Set<String> registry = new HashSet<>();
        var executor = Executors.newFixedThreadPool(4);
        try {
            KnownNumbersLookup lookup = new KnownNumbersLookup(executor, numbers -> {
                synchronized (asked) {
                    asked.add(numbers.size());
                }
                Set<String> known = new HashSet<>();
                numbers.stream().filter(registry::contains).forEach(known::add);
                return known;
            });
            for (int i = 0; i < 2_500; i++) {
                String canonical = new InsuredNumber(3_000_000_001L + i).canonical();
                if (i % 2 == 0) {
                    registry.add(canonical);
                }
                lookup.offer(new InsuredNumber(3_000_000_001L + i).display());
            }
            lookup.offer("");
            lookup.offer("1234567890-00"); // a wrong key: left to the rules
            Set<String> known = lookup.known();
            assertEquals(1_250, known.size());
            assertEquals(List.of(1_000, 1_000, 500), asked);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aFailingRegistryFailsTheLookup() {
        KnownNumbersLookup lookup = new KnownNumbersLookup(Runnable::run, numbers -> {
            throw new IllegalStateException("base indisponible");
        });
        lookup.offer(new InsuredNumber(1_000_000_001L).display());
        var failed = assertThrows(IllegalStateException.class, lookup::known);
        assertEquals("base indisponible", failed.getMessage());
    }

    @Test
    void exitDatesAreReadAsSpreadsheetsAndPeopleWriteThem() {
        LocalDate day = LocalDate.of(2026, 8, 14);
        assertEquals(day, DnrDates.parse("14/08/2026"));
        assertEquals(day, DnrDates.parse("14-08-2026"));
        assertEquals(day, DnrDates.parse("14.08.2026"));
        assertEquals(day, DnrDates.parse("2026-08-14"));
        assertEquals(day, DnrDates.parse("2026-08-14T00:00:00"));
        assertEquals(day, DnrDates.parse("46248"));
        var impossible = assertThrows(IllegalArgumentException.class, () -> DnrDates.parse("31/02/2026"));
        assertTrue(impossible.getMessage().contains("n'existe pas"), impossible.getMessage());
        var unreadable = assertThrows(IllegalArgumentException.class, () -> DnrDates.parse("août 2026"));
        assertTrue(unreadable.getMessage().contains("jj/mm/aaaa"), unreadable.getMessage());
    }
}
