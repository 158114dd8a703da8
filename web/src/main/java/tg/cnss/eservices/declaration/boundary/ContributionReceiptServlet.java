package tg.cnss.eservices.declaration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import tg.cnss.eservices.document.boundary.Downloads;

/** The PDF receipt of one of the signed-in employer's contribution declarations (any other: 404). */
@WebServlet("/employeur/cotisations/recepisse.pdf")
public class ContributionReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Optional<byte[]> pdf = declarations.receiptPdf(reference);
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.sendPdf(response, "declaration-cotisation-" + reference + ".pdf", pdf.get());
    }
}
