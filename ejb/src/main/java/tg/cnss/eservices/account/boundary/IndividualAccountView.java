package tg.cnss.eservices.account.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.account.control.IndividualCareer;

/** "Compte Individuel": who, the career by year and month with its gaps, and the history of movements. */
public record IndividualAccountView(
        String insuredNumber,
        String fullName,
        LocalDate birthDate,
        IndividualCareer.Career career,
        List<Movement> movements) {

    /** A movement of the account: a DNR received or replaced, the older books taken over. */
    public record Movement(Instant at, String label) {}
}
