package tg.cnss.eservices.account.boundary;

import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * "Compte-Cotisant" as the employer reads it on {@code asOf}: the periods of the selection with
 * what each owes, the ledger's lines and the payments of the selection, and the account as a
 * whole (what is owed today, surcharges included; the advance not yet owed anywhere).
 */
public record AccountStatementView(
        String employer,
        LocalDate asOf,
        String selection,
        List<Integer> years,
        List<PeriodLine> periods,
        List<LedgerLine> lines,
        List<LedgerLine> payments,
        Francs selectionBalance,
        Francs balance,
        Francs surcharges,
        Francs advance) {

    /** A period: declared, paid (principal and surcharges), surcharges, still owed, and how it stands. */
    public record PeriodLine(
            String periodLabel,
            LocalDate dueDate,
            Francs declared,
            Francs paid,
            Francs surcharges,
            Francs balance,
            String state) {}

    /** A line of the ledger as written: never changed, a correction being a new line. */
    public record LedgerLine(
            LocalDate day, String periodLabel, String label, String reference, Francs debit, Francs credit) {}
}
