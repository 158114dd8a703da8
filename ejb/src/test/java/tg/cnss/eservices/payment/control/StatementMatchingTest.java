package tg.cnss.eservices.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.payment.control.StatementMatching.Candidate;
import tg.cnss.eservices.payment.control.StatementMatching.Notice;
import tg.cnss.eservices.payment.control.StatementMatching.Proposal;

class StatementMatchingTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 10);
    private static final Notice NOTICE = new Notice("VIR 2026/77", "E-10000001-61", 75_000, PAID_ON);

    @Test
    void theSameAmountIsRequiredThenTheReferenceTheNumberAndTheClosestDateRankFirst() {
        List<Proposal> proposals = StatementMatching.proposals(
                NOTICE,
                List.of(
                        candidate(1, PAID_ON.plusDays(1), 75_000, "VERSEMENT DIVERS"),
                        candidate(2, PAID_ON.plusDays(2), 75_000, "VIR COTISATIONS E10000001 61"),
                        candidate(3, PAID_ON.plusDays(2), 75_000, "VIR2026-77 COTISATIONS E-10000001-61"),
                        candidate(4, PAID_ON.plusDays(2), 75_001, "VIR2026-77"),
                        candidate(5, PAID_ON.plusDays(30), 75_000, "VIR2026-77"),
                        candidate(6, PAID_ON, 75_000, "AUTRE")));
        assertEquals(
                List.of(3L, 2L, 6L, 1L),
                proposals.stream().map(p -> p.candidate().id()).toList());
        assertEquals(3, proposals.get(0).strength());
        assertEquals(
                "même montant, référence bancaire et n° employeur dans le libellé",
                proposals.get(0).why());
        assertEquals("même montant seulement", proposals.get(2).why());
    }

    @Test
    void theEmployerNumbersALabelQuotesAreReadHoweverSpacedAndOnlyWithTheirRightKey() {
        assertEquals(
                List.of("E1000000161", "E1000000258"),
                StatementMatching.quotedEmployers(
                                "VIR cotisations e 10000001 61 et E.10000002.58, E-10000003-99, REF E100000016100")
                        .stream()
                        .map(number -> number.canonical())
                        .toList());
        assertEquals(List.of(), StatementMatching.quotedEmployers("VERSEMENT DIVERS"));
        assertEquals(List.of(), StatementMatching.quotedEmployers(null));
    }

    private static Candidate candidate(long id, LocalDate valueDate, long amount, String label) {
        return new Candidate(id, new StatementLine((int) id, valueDate, amount, label));
    }
}
