package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test deployments only: an employer in good standing ({@link GoodStandingSeeder}) with an account
 * of a fresh address, password {@link AccountSeeder#PASSWORD}; with {@code arrieres=1}, one that
 * has since declared a month two months old and left it unpaid. Answers the account's address.
 */
@WebServlet("/test/employeur-a-jour")
public class GoodStandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodStandingSeeder seeder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = "employeur" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg";
        var employer = seeder.seed(email);
        if ("1".equals(request.getParameter("arrieres"))) {
            seeder.declareUnpaidLateMonth(employer);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(email);
    }
}
