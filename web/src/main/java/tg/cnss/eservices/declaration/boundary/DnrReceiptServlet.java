package tg.cnss.eservices.declaration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** The PDF receipt of one of the signed-in employer's DNRs ({@code ref}); 404 for any other. */
@WebServlet("/employeur/dnr/recepisse.pdf")
public class DnrReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    WageDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Downloads.sendPdfOrNotFound(response, "recepisse-" + reference + ".pdf", declarations.receiptPdf(reference));
    }
}
