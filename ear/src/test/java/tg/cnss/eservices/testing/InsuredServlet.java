package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test deployments only: an insured person nobody else touches ({@link InsuredSeeder}: 38 years
 * old, 60 months with one employer up to last month) with an account of a fresh address, password
 * {@link AccountSeeder#PASSWORD}. Answers the account's address.
 */
@WebServlet("/test/assure")
public class InsuredServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InsuredSeeder seeder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = "assure" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg";
        // the demo employer's: a work accident can be declared against it
        seeder.seed(email, 38, 60, 1, new tg.cnss.eservices.registration.entity.EmployerNumber(10_000_001L));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(email);
    }
}
