package tg.cnss.eservices.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** The PDF of one of the signed-in insured person's attestations individuelles ({@code ref}); 404 for any other. */
@WebServlet("/assure/attestation-individuelle.pdf")
public class IndividualCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    IndividualCertificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Downloads.sendPdfOrNotFound(
                response, "attestation-individuelle-" + reference + ".pdf", certificates.pdf(reference));
    }
}
