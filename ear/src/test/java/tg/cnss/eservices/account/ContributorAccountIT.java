package tg.cnss.eservices.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.boundary.AccountStatementView;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.control.ContributorStatement;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarations;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Compte-Cotisant" in the real server: ledger lines written by declarations and payments, read
 * back as a statement (payments to the oldest debt, surcharges by the law), and the employer's
 * page data, PDF and workbook for a selection.
 */
@ExtendWith(ArquillianExtension.class)
class ContributorAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(
                ContributorAccountIT.class, tg.cnss.eservices.testing.GoodStandingSeeder.class);
    }

    @Inject
    ContributorLedger ledger;

    @Inject
    AccountStatements statements;

    @Inject
    ContributorAccounts accounts;

    @Inject
    ContributionDeclarations declarations;

    @Inject
    PersistenceProbe probe;

    @Inject
    tg.cnss.eservices.testing.acting.AsQuitusEmployer asEmployer;

    @Inject
    tg.cnss.eservices.testing.GoodStandingSeeder seeder;

    @Test
    void theLedgerOfAnEmployerMakesItsStatement() {
        // An employer of its own (no account needed to post to a ledger): nothing else touches it.
        String employer =
                new EmployerNumber(ThreadLocalRandom.current().nextLong(50_000_000L, 59_999_999L)).canonical();
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth february = YearMonth.of(2026, 2);
        Instant declaredAt =
                LocalDate.of(2026, 2, 5).atStartOfDay(ZoneId.of("Africa/Lome")).toInstant();
        probe.apply(em -> {
            ledger.post(new LedgerEntry(
                    employer,
                    january,
                    LedgerEntryKind.CONTRIBUTION,
                    100_000,
                    LocalDate.of(2026, 2, 15),
                    declaredAt,
                    "DC-TEST-1",
                    "Cotisations de janvier 2026"));
            ledger.post(new LedgerEntry(
                    employer,
                    february,
                    LedgerEntryKind.CONTRIBUTION,
                    60_000,
                    LocalDate.of(2026, 3, 15),
                    declaredAt.plusSeconds(86_400 * 30),
                    "DC-TEST-2",
                    "Cotisations de février 2026"));
            // Received 20/06: January's 100 000 then its 7 000 of surcharge, then 13 000 to February.
            ledger.post(LedgerEntry.payment(
                    employer, 120_000, LocalDate.of(2026, 6, 20), Instant.now(), "PAY-TEST-1", "Virement BTCI"));
            return null;
        });
        ContributorStatement.Statement statement =
                probe.apply(em -> statements.statementOf(statements.linesOf(employer), LocalDate.of(2026, 6, 30)));
        ContributorStatement.Period first = statement.periods().get(0);
        assertEquals(january, first.period());
        assertEquals(7_000, first.surcharge().value());
        assertEquals(0, first.balance().value(), "January settled, surcharge included");
        ContributorStatement.Period second = statement.periods().get(1);
        assertEquals(13_000, second.principalPaid().value());
        // 13 000 paid 20/06 for a 15/03 due date: 5 % + 1 % (one part-month past 15/06) = 780
        assertEquals(780, second.surcharge().value());
        assertEquals(0, second.surchargePaid().value());
        assertEquals(
                47_000 + 780 + 47_000 * 6 / 100, second.balance().value(), "the 47 000 unpaid accrue 6 % on 30/06");
    }

    @Test
    void theEmployerReadsAMonthOfHisAccountAndExportsIt() throws Exception {
        // An employer of its own (everything declared and paid since its registration eight months
        // ago): the month declared now, years late, is late whatever other tests paid elsewhere.
        seeder.seed(tg.cnss.eservices.testing.acting.AsQuitusEmployer.EMAIL);
        YearMonth month = YearMonth.of(2015, 1 + ThreadLocalRandom.current().nextInt(12));
        YearMonth chosen = month;
        asEmployer.call(() -> declarations.declare(
                new ContributionDeclarationForm(chosen.getMonthValue(), chosen.getYear(), 1, 100_000L), 0));

        AccountStatementView view = asEmployer.call(() -> accounts.statement(chosen.getYear(), chosen.getMonthValue()));
        assertEquals("Période " + MonthLabels.of(chosen), view.selection());
        assertEquals(1, view.periods().size(), view.periods().toString());
        AccountStatementView.PeriodLine line = view.periods().get(0);
        assertTrue(line.declared().value() > 0);
        assertEquals("En retard", line.state());
        assertTrue(line.surcharges().value() > 0, "years late: surcharges accrue");
        assertEquals(line.declared().plus(line.surcharges()), line.balance());
        assertEquals(1, view.lines().size());
        assertTrue(view.years().contains(chosen.getYear()));
        assertTrue(view.balance().value() >= line.balance().value());

        byte[] pdf = asEmployer.call(() -> accounts.statementPdf(chosen.getYear(), chosen.getMonthValue()));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        byte[] xlsx = asEmployer.call(() -> accounts.statementXlsx(chosen.getYear(), chosen.getMonthValue()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheet("Par période").getRow(4);
            assertEquals(MonthLabels.of(chosen), row.getCell(0).getStringCellValue());
            assertEquals(line.balance().value(), (long) row.getCell(5).getNumericCellValue(), "amounts as numbers");
        }
    }
}
