package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A work accident of one of the employer's workers, as his list shows it. */
public record EmployerAccidentLine(
        String reference,
        String victimName,
        String insuredNumber,
        LocalDate accidentDate,
        LocalDate deadline,
        Instant recordedAt,
        boolean overdue)
        implements Serializable {

    public boolean completed() {
        return recordedAt != null;
    }

    /** "À compléter avant le …", "En retard…", "Complétée le …" — for the list's status column. */
    public String state() {
        if (completed()) {
            return "Complétée";
        }
        return overdue ? "En retard" : "À compléter";
    }
}
