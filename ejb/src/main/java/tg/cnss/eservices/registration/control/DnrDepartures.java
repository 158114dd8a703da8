package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The departures a quarter's DNR declares (a worker's exit date): the worker's employment with that
 * employer ends that day, as if declared on "Mes travailleurs" — "Autre motif", a DNR giving no
 * reason — unless it ended already, or the day precedes the hire or is still to come.
 */
@Dependent
public class DnrDepartures {

    @PersistenceContext
    EntityManager em;

    /** Ends the open employments of {@code exits} (insured number → exit date); how many were ended. */
    public int record(
            EmployerNumber employer,
            Map<InsuredNumber, LocalDate> exits,
            String reference,
            LocalDate today,
            Instant at) {
        if (exits.isEmpty()) {
            return 0;
        }
        List<Employment> open = em.createQuery(
                        "SELECT e FROM Employment e WHERE e.employerNumber = :employer AND e.endDate IS NULL"
                                + " AND e.insuredNumber IN :numbers",
                        Employment.class)
                .setParameter("employer", employer.canonical())
                .setParameter(
                        "numbers",
                        exits.keySet().stream().map(InsuredNumber::canonical).toList())
                .getResultList();
        int ended = 0;
        for (Employment employment : open) {
            LocalDate exit = exits.get(employment.getInsuredNumber());
            if (exit != null && !exit.isBefore(employment.getStartDate()) && !exit.isAfter(today)) {
                employment.end(exit, DepartureReason.AUTRE, at, "DNR " + reference);
                ended++;
            }
        }
        return ended;
    }
}
