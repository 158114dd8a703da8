package tg.cnss.eservices.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/** The signed-in insured person's "relevé de carrière", as a PDF or an Excel workbook. */
@WebServlet({"/assure/releve-carriere.pdf", "/assure/releve-carriere.xlsx"})
public class IndividualAccountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    IndividualAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith(".xlsx")) {
            Downloads.sendXlsx(response, "releve-carriere.xlsx", accounts.xlsx());
        } else {
            Downloads.sendPdf(response, "releve-carriere.pdf", accounts.pdf());
        }
    }
}
