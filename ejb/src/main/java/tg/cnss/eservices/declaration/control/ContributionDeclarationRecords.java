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
}
