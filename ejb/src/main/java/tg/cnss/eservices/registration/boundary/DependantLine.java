package tg.cnss.eservices.registration.boundary;

import java.time.LocalDate;

/** A dependant as the profile lists them: who, born when, married when (a spouse), accepted by which request. */
public record DependantLine(
        String relation,
        String fullName,
        String sex,
        LocalDate birthDate,
        LocalDate marriageDate,
        String requestReference) {}
