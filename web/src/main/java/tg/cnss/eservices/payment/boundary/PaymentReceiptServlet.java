package tg.cnss.eservices.payment.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** The receipt of one of the signed-in employer's payments received ({@code ref}); 404 for any other. */
@WebServlet("/employeur/recu-paiement.pdf")
public class PaymentReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentReceipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Downloads.sendPdfOrNotFound(response, "recu-paiement-" + reference + ".pdf", receipts.pdf(reference));
    }
}
