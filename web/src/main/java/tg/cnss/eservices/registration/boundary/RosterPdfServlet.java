package tg.cnss.eservices.registration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** "Mes travailleurs" as a PDF, with the page's search ({@code q}) and selection ({@code etat}). */
@WebServlet("/employeur/travailleurs.pdf")
public class RosterPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Workers workers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RosterFilter filter = RosterFilter.fromParameter(request.getParameter("etat"));
        Downloads.sendPdf(response, "mes-travailleurs.pdf", workers.rosterPdf(request.getParameter("q"), filter));
    }
}
