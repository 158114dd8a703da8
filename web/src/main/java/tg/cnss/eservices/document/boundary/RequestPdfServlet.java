package tg.cnss.eservices.document.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.control.RequestSummaryPdf;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.boundary.UnknownRequestException;

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
        byte[] pdf = RequestSummaryPdf.render(detail);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + detail.reference() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
