package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.UserAccount;

/** Finds and stores accounts; runs inside the caller's transaction. */
@Dependent
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    public UserAccount getByEmail(EmailAddress email) {
        return findByEmail(email).orElseThrow(() -> new IllegalStateException("Compte introuvable : " + email));
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
