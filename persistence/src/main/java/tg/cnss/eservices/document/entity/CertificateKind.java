package tg.cnss.eservices.document.entity;

/** The certificates the portal issues, each with the prefix of its references. */
public enum CertificateKind {
    REGISTRATION_CERTIFICATE("Attestation d'immatriculation", "AI"),
    SOCIAL_QUITUS("Quitus social", "QS"),
    INDIVIDUAL_CERTIFICATE("Attestation individuelle", "AT");

    private final String label;
    private final String prefix;

    CertificateKind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    public String prefix() {
        return prefix;
    }
}
