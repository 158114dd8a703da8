package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.notification.spi.Administrators;

/** The administrators' addresses, for the notification service's alerts. */
@ApplicationScoped
public class AdministratorAddresses implements Administrators {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> addresses() {
        return em.createQuery(
                        "SELECT a.email FROM UserAccount a WHERE a.role = :admin AND a.enabled = TRUE", String.class)
                .setParameter("admin", Role.ADMIN)
                .getResultList();
    }
}
