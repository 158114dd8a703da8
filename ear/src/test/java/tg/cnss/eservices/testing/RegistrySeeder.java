package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/**
 * Test deployments only: adds a fresh employer and a fresh insured person (born 08/03/1992,
 * "KOUDJO Afi", working for that employer) to the registry and answers their numbers, so that
 * browser tests can sign up again and again on the same database.
 */
@WebServlet("/test/registre")
public class RegistrySeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersistenceProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EmployerNumber employer = new EmployerNumber(ThreadLocalRandom.current().nextLong(40_000_000L, 49_999_999L));
        InsuredNumber insured = new InsuredNumber(ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L));
        probe.persist(new Employer(
                employer,
                EmployerCategory.ENTERPRISE,
                "Atelier " + employer.sequence(),
                "GOLFE",
                "Lomé",
                "Bè",
                5,
                Instant.now()));
        probe.persist(new InsuredPerson(insured, "KOUDJO", "Afi", LocalDate.of(1992, 3, 8), employer, Instant.now()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(employer.display() + " " + insured.display());
    }
}
