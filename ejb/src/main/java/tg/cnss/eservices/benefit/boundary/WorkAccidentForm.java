package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Déclaration d'accident de travail" as typed by the victim: the employer chosen (its number), what
 * the official form asks of the victim beyond the registry, and the accident. Times as "07:30".
 */
public record WorkAccidentForm(
        String employer,
        String sex,
        String maritalStatus,
        String nationality,
        String job,
        LocalDate hireDate,
        Boolean previousAccident,
        String previousAccidentDetail,
        LocalDate accidentDate,
        String accidentTime,
        String place,
        String where,
        String circumstances,
        String workedFrom,
        String workedTo,
        String witnesses,
        String otherVictims,
        String injuries)
        implements Serializable {}
