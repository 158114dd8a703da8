package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.demo.boundary.DemoData;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;

/**
 * Test deployments of the production-mode test only, on a server of its own:
 * {@code POST} makes an enabled account of the demo domain and answers its address;
 * {@code GET ?email=} answers "ouvert" or "fermé"; {@code POST ?rouvrir} reopens every account of
 * the demo domain, so that a database shared with the other tests (MariaDB) gets its demo
 * accounts back.
 */
@WebServlet("/test/comptes-demo")
public class DemoAccountsProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersistenceProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getParameter("email");
        boolean enabled = probe.apply(em -> em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getSingleResult()
                .isEnabled());
        answer(response, enabled ? "ouvert" : "fermé");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("rouvrir") != null) {
            int reopened = probe.apply(em -> {
                var accounts = em.createQuery(
                                "SELECT a FROM UserAccount a WHERE a.email LIKE :domain", UserAccount.class)
                        .setParameter("domain", "%@" + DemoData.DEMO_DOMAIN)
                        .getResultList();
                accounts.forEach(UserAccount::enable);
                return accounts.size();
            });
            answer(response, String.valueOf(reopened));
            return;
        }
        String email = "essai" + ThreadLocalRandom.current().nextInt(1_000_000) + "@" + DemoData.DEMO_DOMAIN;
        probe.persist(new UserAccount(
                new EmailAddress(email),
                new PasswordHasher().hash(DemoData.DEMO_PASSWORD),
                "Essai DEMO",
                Role.INSURED,
                Instant.now()));
        answer(response, email);
    }

    private static void answer(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
