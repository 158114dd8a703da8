package tg.cnss.eservices.declaration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;

/** The workers an employer employed during a quarter, by name: what a DNR of that quarter starts from. */
@Dependent
public class QuarterRosters {

    @PersistenceContext
    EntityManager em;

    /** Each worker with his exit date when he left during the quarter. */
    public List<DnrPrefill> of(EmployerNumber employer, Quarter quarter) {
        LocalDate first = quarter.firstMonth().atDay(1);
        LocalDate last = quarter.lastMonth().atEndOfMonth();
        return em.createQuery(
                        "SELECT e, p.lastName, p.firstNames FROM Employment e, InsuredPerson p"
                                + " WHERE p.number = e.insuredNumber AND e.employerNumber = :employer"
                                + " AND e.startDate <= :last AND (e.endDate IS NULL OR e.endDate >= :first)"
                                + " ORDER BY p.lastName, p.firstNames",
                        Object[].class)
                .setParameter("employer", employer.canonical())
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream()
                .map(row -> {
                    Employment employment = (Employment) row[0];
                    LocalDate end = employment.getEndDate();
                    return new DnrPrefill(
                            employment.getInsuredNumber().display(),
                            (String) row[1],
                            (String) row[2],
                            end != null && !end.isAfter(last) ? end : null);
                })
                .distinct()
                .toList();
    }
}
