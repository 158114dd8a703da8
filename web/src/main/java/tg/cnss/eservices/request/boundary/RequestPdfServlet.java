package tg.cnss.eservices.request.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;
import tg.cnss.eservices.request.control.RequestSummaryPdf;

/**
 * The PDF summary of one of the signed-in person's requests. Under the spaces' URLs, so the web
 * constraints apply, and through {@link Requests#detail}, which refuses anyone else's request.
 */
@WebServlet({"/employeur/demande.pdf", "/assure/demande.pdf"})
public class RequestPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestDetail detail;
        try {
            detail = requests.detail(request.getParameter("ref"));
        } catch (UnknownRequestException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.sendPdf(response, detail.reference() + ".pdf", RequestSummaryPdf.render(detail));
    }
}
