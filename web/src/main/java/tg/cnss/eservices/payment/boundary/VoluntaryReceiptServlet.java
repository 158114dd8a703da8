package tg.cnss.eservices.payment.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** The receipt of one of the signed-in insured person's voluntary-insurance payments ({@code ref}); 404 for any other. */
@WebServlet("/assure/recu-assurance-volontaire.pdf")
public class VoluntaryReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    VoluntaryPayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Downloads.sendPdfOrNotFound(
                response, "recu-assurance-volontaire-" + reference + ".pdf", payments.receipt(reference));
    }
}
