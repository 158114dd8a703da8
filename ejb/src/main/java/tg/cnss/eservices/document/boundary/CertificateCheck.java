package tg.cnss.eservices.document.boundary;

import java.time.LocalDate;

/**
 * The answer of /verifier: whether the certificate is valid, expired or revoked, and only what a
 * buyer needs to read on it — its kind, the holder's name and number, its dates. An unknown
 * reference and a wrong code give {@link State#UNKNOWN} and nothing else.
 */
public record CertificateCheck(
        State state,
        String kindLabel,
        String reference,
        String holderName,
        String holderNumber,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate revokedOn) {

    public enum State {
        VALID("Valide"),
        EXPIRED("Expiré"),
        REVOKED("Révoqué"),
        UNKNOWN("Inconnu");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static CertificateCheck unknown() {
        return new CertificateCheck(State.UNKNOWN, null, null, null, null, null, null, null, null);
    }

    public boolean known() {
        return state != State.UNKNOWN;
    }
}
