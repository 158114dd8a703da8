package tg.cnss.eservices.registration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.control.RequestSummaryPdf;

/**
 * The PDF receipt of a pre-registration, for the browser session that filed it only: there is no
 * account to check a reference against, and a receipt names a person and an address.
 */
@WebServlet("/preimmatriculation/recepisse.pdf")
public class PreRegistrationReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PreRegistrations preRegistrations;

    @Inject
    PreRegistrationReceipts receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        if (!receipts.holds(reference)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RequestDetail detail = preRegistrations.receiptOf(reference);
        Downloads.sendPdf(response, "recepisse-" + detail.reference() + ".pdf", RequestSummaryPdf.render(detail));
    }
}
