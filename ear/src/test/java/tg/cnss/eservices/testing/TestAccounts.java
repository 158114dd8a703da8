package tg.cnss.eservices.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;

/** Test deployments only: the account of an address, made with {@link AccountSeeder#PASSWORD} if missing, tied to a registration number. */
final class TestAccounts {

    private TestAccounts() {}

    static void link(EntityManager em, String email, Role role, String fullName, String registration, Instant now) {
        List<UserAccount> found = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.email = :email", UserAccount.class)
                .setParameter("email", new EmailAddress(email).value())
                .getResultList();
        UserAccount account = found.isEmpty()
                ? new UserAccount(
                        new EmailAddress(email), new PasswordHasher().hash(AccountSeeder.PASSWORD), fullName, role, now)
                : found.get(0);
        account.linkToRegistration(registration);
        if (found.isEmpty()) {
            em.persist(account);
        }
    }
}
