package tg.cnss.eservices.declaration.control;

/** The fields of a DNR line, as the online form and the Excel model name their columns. */
public enum DnrField {
    INSURED_NUMBER("N° assuré"),
    LAST_NAME("Nom"),
    FIRST_NAMES("Prénoms"),
    DAYS("Jours travaillés"),
    PAY("Salaire brut"),
    EXIT_DATE("Date de sortie"),
    EMPLOYER("N° employeur"),
    TOTAL("Total des salaires bruts"),
    QUARTER("Trimestre");

    private final String label;

    DnrField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
