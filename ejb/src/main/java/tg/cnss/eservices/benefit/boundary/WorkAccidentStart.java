package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.InsuredEmployers;

/**
 * What the work-accident form starts from: the victim as the registry knows her or him, the
 * employers of the last two years (with the job and hiring date the roster has, if any), the
 * choices of the official form.
 */
public record WorkAccidentStart(
        String insuredNumber,
        String lastName,
        String firstNames,
        LocalDate birthDate,
        String sex,
        List<InsuredEmployers.Choice> employers,
        List<String> maritalStatuses,
        List<Choice> places)
        implements Serializable {

    /** A choice of a list: its code and what people read. */
    public record Choice(String code, String label) implements Serializable {}
}
