package tg.cnss.eservices.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import tg.cnss.eservices.account.control.AccountStatementDocuments;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.control.ContributorStatement;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * The signed-in employer's contributor account: the balance its dashboard shows, and
 * "Compte-Cotisant" — the account "tel que disponible dans les livres de la CNSS" (manual): by
 * period and line by line, with the surcharges and the payments, as a page, a PDF and a workbook.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class ContributorAccounts {

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    @Inject
    AccountStatements statements;

    @Inject
    Clock clock;

    /**
     * What the employer owes today, as "Compte-Cotisant" says it: declared and not paid, surcharges
     * included (negative: an advance); zero before any posting.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Francs myBalance() {
        return statements
                .statementOf(statements.linesOf(myEmployer()), LocalDate.now(clock.withZone(Clocks.LOME)))
                .totalBalance();
    }

    /**
     * The account on today's date, for {@code year} (all years when null) and, within it, month
     * {@code month} (1–12, all when null). The surcharges and the application of payments are
     * worked out over the whole account; only the display is filtered.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccountStatementView statement(Integer year, Integer month) {
        String employer = myEmployer();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        List<LedgerEntry> lines = statements.linesOf(employer);
        ContributorStatement.Statement statement = statements.statementOf(lines, today);
        Predicate<YearMonth> selected = period ->
                (year == null || period.getYear() == year) && (month == null || period.getMonthValue() == month);
        List<AccountStatementView.PeriodLine> periods = statement.periods().stream()
                .filter(period -> selected.test(period.period()))
                .sorted(Comparator.comparing(ContributorStatement.Period::period)
                        .reversed())
                .map(period -> new AccountStatementView.PeriodLine(
                        MonthLabels.of(period.period()),
                        period.dueDate(),
                        period.principal(),
                        period.principalPaid().plus(period.surchargePaid()),
                        period.surcharge().plus(period.accruingSurcharge()),
                        period.balance(),
                        stateOf(period, today)))
                .toList();
        List<AccountStatementView.LedgerLine> shown = lines.stream()
                .filter(line -> selected.test(line.getPeriod()))
                .sorted(Comparator.comparing(LedgerEntry::getPostedAt).reversed())
                .map(ContributorAccounts::lineOf)
                .toList();
        return new AccountStatementView(
                EmployerNumber.parse(employer).display(),
                today,
                selectionOf(year, month),
                lines.stream()
                        .map(line -> line.getPeriod().getYear())
                        .distinct()
                        .sorted(Comparator.reverseOrder())
                        .toList(),
                periods,
                shown,
                shown.stream().filter(line -> line.credit() != null).toList(),
                periods.stream().map(AccountStatementView.PeriodLine::balance).reduce(Francs.ZERO, Francs::plus),
                statement.totalBalance(),
                statement.totalSurcharges(),
                statement.advance());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] statementPdf(Integer year, Integer month) {
        return AccountStatementDocuments.pdf(statement(year, month));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] statementXlsx(Integer year, Integer month) {
        return AccountStatementDocuments.xlsx(statement(year, month));
    }

    private static String stateOf(ContributorStatement.Period period, LocalDate today) {
        if (period.balance().value() <= 0) {
            return "Soldée";
        }
        if (period.principalLeft().value() <= 0) {
            return "Majorations à payer";
        }
        return period.dueDate() != null && today.isAfter(period.dueDate()) ? "En retard" : "À payer";
    }

    private static AccountStatementView.LedgerLine lineOf(LedgerEntry line) {
        LocalDate day = line.getValueDate() != null
                ? line.getValueDate()
                : line.getPostedAt().atZone(Clocks.LOME).toLocalDate();
        long amount = line.getAmount();
        return new AccountStatementView.LedgerLine(
                day,
                line.getKind() == LedgerEntryKind.PAYMENT ? "" : MonthLabels.of(line.getPeriod()),
                line.getLabel(),
                line.getSourceReference(),
                amount > 0 ? Francs.of(amount) : null,
                amount < 0 ? Francs.of(-amount) : null);
    }

    private static String selectionOf(Integer year, Integer month) {
        if (year == null) {
            return "Toutes les périodes";
        }
        return month == null ? "Année " + year : "Période " + MonthLabels.of(YearMonth.of(year, month));
    }

    private String myEmployer() {
        return employers.of(session.getCallerPrincipal().getName()).canonical();
    }
}
