package tg.cnss.eservices.account.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.account.control.AttestedCareer;

/**
 * "Attestation individuelle": who asks, what an attestation would certify today, the request being
 * processed (its reference) if any, the attestations issued (newest first) and how long one is valid.
 */
public record IndividualCertificateSituation(
        String insuredNumber,
        String fullName,
        AttestedCareer career,
        String openRequest,
        List<Line> issued,
        int validityMonths,
        List<String> purposes) {

    /** An attestation issued; {@code state}: "Valide", "Expirée", "Révoquée". */
    public record Line(String reference, Instant issuedAt, LocalDate validUntil, String state, String purpose) {}

    public boolean mayAsk() {
        return openRequest == null;
    }
}
