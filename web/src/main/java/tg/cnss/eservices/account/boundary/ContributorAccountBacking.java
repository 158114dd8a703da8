package tg.cnss.eservices.account.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Compte-Cotisant": the account by period and line by line, filtered by year and month (the
 * selection kept in the address, so that a reload or a shared link shows the same), with its
 * PDF and Excel exports.
 */
@Named
@ViewScoped
public class ContributorAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributorAccounts accounts;

    @Inject
    FacesContext faces;

    private Integer year;
    private Integer month;
    private AccountStatementView statement;

    public void load() {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        if (!faces.isPostback()) {
            year = AccountSelection.year(parameters.get("annee"));
            month = year == null ? null : AccountSelection.month(parameters.get("mois"));
        }
        statement = accounts.statement(year, month);
    }

    /** Shows the selection, at its own address. */
    public String applyFilter() {
        return "compte-cotisant.xhtml?faces-redirect=true" + (year == null ? "" : "&annee=" + year)
                + (year == null || month == null ? "" : "&mois=" + month);
    }

    public List<MonthChoice> getMonths() {
        return Arrays.stream(Month.values())
                .map(m -> new MonthChoice(m.getValue(), m.getDisplayName(TextStyle.FULL, Locale.FRENCH)))
                .toList();
    }

    /** The address's query string for the exports, with the selection shown. */
    public String getExportQuery() {
        return year == null ? "" : "?annee=" + year + (month == null ? "" : "&mois=" + month);
    }

    public record MonthChoice(int value, String label) {}

    public AccountStatementView getStatement() {
        return statement;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }
}
