package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test deployments only: {@link PartnerBenchSeeder} over HTTP, for the API benchmark's own server. */
@WebServlet("/test/partenaire-banc")
public class PartnerBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerBenchSeeder seeder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(seeder.seed());
    }
}
