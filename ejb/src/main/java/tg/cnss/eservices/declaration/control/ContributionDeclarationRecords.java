package tg.cnss.eservices.declaration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Optional;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;

/** The stored contribution declarations, as the declaration page and the dashboard read them. */
@Dependent
public class ContributionDeclarationRecords {

    @PersistenceContext
    EntityManager em;

    /** The revision of the month in force (not replaced), if the month is declared. */
    public Optional<ContributionDeclaration> currentOf(String employer, YearMonth period) {
        return em.createNamedQuery(ContributionDeclaration.CURRENT_OF_PERIOD, ContributionDeclaration.class)
                .setParameter("employer", employer)
                .setParameter("period", period.toString())
                .getResultStream()
                .findFirst();
    }

    /** The months the employer has declared on the portal (any revision), oldest first. */
    public java.util.SortedSet<YearMonth> declaredPeriodsOf(String employer) {
        java.util.SortedSet<YearMonth> periods = new java.util.TreeSet<>();
        em.createQuery(
                        "SELECT DISTINCT d.period FROM ContributionDeclaration d WHERE d.employerNumber = :employer",
                        String.class)
                .setParameter("employer", employer)
                .getResultList()
                .forEach(period -> periods.add(YearMonth.parse(period)));
        return periods;
    }
}
