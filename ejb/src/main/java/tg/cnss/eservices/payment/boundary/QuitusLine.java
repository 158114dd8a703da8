package tg.cnss.eservices.payment.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A quitus issued to the employer, as its list shows it; {@code state}: "Valide", "Expiré", "Révoqué". */
public record QuitusLine(
        String reference,
        Instant issuedAt,
        LocalDate validUntil,
        String state,
        String revocationReason,
        String purpose) {

    public boolean valid() {
        return "Valide".equals(state);
    }
}
