package tg.cnss.eservices.payment.boundary;

import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * What an imported statement gave: lines read, new, already imported; and the payment notices
 * awaiting confirmation that its lines (or earlier ones) may settle.
 */
public record StatementImport(int read, int added, int alreadyImported, List<Match> matches) {

    /** A notice and its likeliest statement line; {@code itemId}: its worklist item, to confirm it there. */
    public record Match(
            String notice,
            long itemId,
            String employerNumber,
            Francs amount,
            LocalDate reportedOn,
            LocalDate valueDate,
            String lineLabel,
            String why) {}
}
