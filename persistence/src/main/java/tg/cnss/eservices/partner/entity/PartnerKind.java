package tg.cnss.eservices.partner.entity;

/** Who a partner client is: what it may ask for follows from its scopes, not from its kind. */
public enum PartnerKind {
    BANK("Banque"),
    MOBILE_MONEY("Opérateur de monnaie électronique"),
    PAYROLL_SOFTWARE("Éditeur de logiciel de paie"),
    PUBLIC_BUYER("Acheteur public"),
    CNSS_MOBILE_APP("Application mobile de la CNSS");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
