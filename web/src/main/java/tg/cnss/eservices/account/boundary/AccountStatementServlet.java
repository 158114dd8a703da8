package tg.cnss.eservices.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/**
 * "Compte-Cotisant" as a PDF ({@code compte-cotisant.pdf}) or an Excel workbook
 * ({@code compte-cotisant.xlsx}), with the page's selection: {@code annee}, {@code mois}.
 */
@WebServlet({"/employeur/compte-cotisant.pdf", "/employeur/compte-cotisant.xlsx"})
public class AccountStatementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributorAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer year = AccountSelection.year(request.getParameter("annee"));
        Integer month = year == null ? null : AccountSelection.month(request.getParameter("mois"));
        String name = "compte-cotisant" + (year == null ? "" : "-" + year) + (month == null ? "" : "-" + month);
        if (request.getServletPath().endsWith(".xlsx")) {
            Downloads.sendXlsx(response, name + ".xlsx", accounts.statementXlsx(year, month));
        } else {
            Downloads.sendPdf(response, name + ".pdf", accounts.statementPdf(year, month));
        }
    }
}
