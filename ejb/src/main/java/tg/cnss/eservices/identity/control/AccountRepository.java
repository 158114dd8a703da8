package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;

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

    /** The account that kept this old-site user name (compared without case). */
    public Optional<UserAccount> findByLegacyUsername(String username) {
        if (!LegacyCredential.isUsername(username)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.legacyUsername = :name", UserAccount.class)
                .setParameter("name", LegacyCredential.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /** An old-site user name still waiting for its e-mail address. */
    public Optional<LegacyCredential> findLegacyCredential(String username) {
        if (!LegacyCredential.isUsername(username)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM LegacyCredential c WHERE c.username = :name", LegacyCredential.class)
                .setParameter("name", LegacyCredential.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /** Whether an account or a waiting old-site credential already uses this user name. */
    public boolean usernameTaken(String username) {
        return findByLegacyUsername(username).isPresent()
                || findLegacyCredential(username).isPresent();
    }

    public Optional<UserAccount> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public UserAccount getByEmail(EmailAddress email) {
        return findByEmail(email).orElseThrow(() -> new IllegalStateException("Compte introuvable : " + email));
    }

    /**
     * Reads the account again with a write lock held to the end of the caller's transaction:
     * what follows (a sign-in counted, an app code accepted once) is serialised with the other
     * sign-in steps of the same account, whose failures are counted the same way.
     */
    public void lock(UserAccount account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
