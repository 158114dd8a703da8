package tg.cnss.eservices.document.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.control.RequestSummaryPdf;
import tg.cnss.eservices.registration.boundary.PreRegistrationReceipts;
import tg.cnss.eservices.registration.boundary.PreRegistrations;
import tg.cnss.eservices.request.boundary.RequestDetail;

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
        byte[] pdf = RequestSummaryPdf.render(detail);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"recepisse-" + detail.reference() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
