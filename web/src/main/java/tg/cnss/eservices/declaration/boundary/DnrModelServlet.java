package tg.cnss.eservices.declaration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/** The DNR model of a quarter ({@code trimestre}, "T3 2026"; the last quarter ended when absent or unreadable). */
@WebServlet("/employeur/dnr/modele.xlsx")
public class DnrModelServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    WageDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Quarter quarter;
        try {
            quarter = Quarter.parse(request.getParameter("trimestre"));
        } catch (IllegalArgumentException unreadable) {
            quarter = declarations.suggestedQuarter();
        }
        try {
            Downloads.sendXlsx(
                    response,
                    "modele-dnr-T" + quarter.number() + "-" + quarter.year() + ".xlsx",
                    declarations.model(quarter));
        } catch (NoEmployerNumberException none) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.getWriter().write(none.getMessage());
        }
    }
}
