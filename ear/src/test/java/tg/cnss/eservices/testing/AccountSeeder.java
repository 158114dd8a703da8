package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * Test deployments only: makes an active account of the role asked for (agents in Prestations),
 * with the password {@link #PASSWORD} and a fresh address, and answers that address; browser tests
 * then sign in as a user nobody else touches. With {@code ancien=1}, an insured person's account
 * of the old site known by a user name only (as the CSV import makes it), and answers that name.
 */
@WebServlet("/test/compte")
public class AccountSeeder extends HttpServlet {

    public static final String PASSWORD = "Phrase de passe des tests navigateur";
    private static final long serialVersionUID = 1L;

    @Inject
    PersistenceProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Role role = Role.valueOf(request.getParameter("role"));
        if ("1".equals(request.getParameter("ancien"))) {
            String username = "Ancien" + ThreadLocalRandom.current().nextInt(1_000_000);
            InsuredNumber number =
                    new InsuredNumber(ThreadLocalRandom.current().nextLong(6_000_000_000L, 6_999_999_999L));
            probe.persist(new LegacyCredential(
                    username,
                    new PasswordHasher().hash(PASSWORD),
                    role,
                    number.canonical(),
                    "Essi TEST",
                    Instant.now()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(username);
            return;
        }
        String email = role.name().toLowerCase() + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg";
        UserAccount account = new UserAccount(
                new EmailAddress(email), new PasswordHasher().hash(PASSWORD), "Essi TEST", role, Instant.now());
        if (role == Role.AGENT) {
            account.assignToDepartment("PRESTATIONS");
        }
        probe.persist(account);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(email);
    }
}
