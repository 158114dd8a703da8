package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.EmployerAccounts;

/** The employer accounts tied to an employer number, as sign-up or an import stored it (either form). */
@Dependent
public class EmployerAccountDirectory implements EmployerAccounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> of(EmployerNumber employer) {
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.role = :role AND a.enabled = TRUE"
                                + " AND a.registrationNumber IN (:canonical, :display) ORDER BY a.id",
                        tg.cnss.eservices.identity.entity.UserAccount.class)
                .setParameter("role", Role.EMPLOYER)
                .setParameter("canonical", employer.canonical())
                .setParameter("display", employer.display())
                .getResultStream()
                .map(account -> account.getEmail().value())
                .toList();
    }
}
