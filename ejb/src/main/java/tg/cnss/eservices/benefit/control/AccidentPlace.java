package tg.cnss.eservices.benefit.control;

/** Where a work accident happened, as the law covers it (domain-rules.md §6). */
public enum AccidentPlace {
    AT_WORK("Au lieu de travail"),
    COMMUTING("Sur le trajet entre le domicile et le travail"),
    MISSION("En mission pour l'employeur");

    private final String label;

    AccidentPlace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AccidentPlace of(String code) {
        for (AccidentPlace place : values()) {
            if (place.name().equals(code)) {
                return place;
            }
        }
        return null;
    }
}
