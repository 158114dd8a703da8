package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.boundary.AccountStatementView;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.payment.boundary.BankNoticeForm;
import tg.cnss.eservices.payment.boundary.PaymentSituation;
import tg.cnss.eservices.payment.boundary.Payments;
import tg.cnss.eservices.payment.boundary.StatementImport;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * "Paiement de Cotisation" by bank in the real server: where to pay and the reference to quote,
 * a notice refused field by field, a notice filed with its proof for Recouvrement, a bank
 * reference filed twice flagged, and the confirmed payment credited at the date the bank received it.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentNoticeIT {

    private static final List<UploadedFile> PROOF =
            List.of(new UploadedFile("avis-de-virement.pdf", SampleFiles.pdf("Avis de virement")));

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(PaymentNoticeIT.class, SampleFiles.class, GoodStandingSeeder.class);
    }

    @Inject
    Payments payments;

    @Inject
    ContributorAccounts accounts;

    @Inject
    AccountStatements accountStatements;

    @Inject
    tg.cnss.eservices.payment.boundary.BankStatements statements;

    @Inject
    Worklists worklists;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsQuitusEmployer asEmployer;

    @Inject
    GoodStandingSeeder seeder;

    /** An employer of its own for each test: money credited here never lands on another test's account. */
    private EmployerNumber employer;

    @BeforeEach
    void anEmployerOfItsOwn() {
        employer = seeder.seed(AsQuitusEmployer.EMAIL);
    }

    @Inject
    AsRecouvrementAgent asAgent;

    @Inject
    tg.cnss.eservices.testing.acting.AsAdmin asAdmin;

    @Inject
    tg.cnss.eservices.reference.boundary.CnssBankAccounts bankAccounts;

    @Test
    void aBankTransferIsReportedCheckedAndCreditedAtItsDate() {
        PaymentSituation situation = asEmployer.call(() -> payments.situation());
        assertEquals("COTISATIONS " + employer.display(), situation.paymentReference());
        assertTrue(
                situation.banks().stream()
                        .anyMatch(bank -> bank.code().equals("BTCI")
                                && bank.accountNumber().startsWith("DEMO-")),
                "demo numbers that say what they are: " + situation.banks());

        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> payments.preview(
                        new BankNoticeForm("NOWHERE", false, LocalDate.now().plusDays(2), 0L, " "), List.of())));
        assertEquals(
                List.of("banque", "date", "montant", "reference", "pieces"),
                List.copyOf(refused.errors().keySet()));

        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        LocalDate paidOn = LocalDate.now().minusDays(3);
        RequestReceipt first = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("BTCI", false, paidOn, 50_000L, "VIR 2026/" + unique), PROOF));
        assertTrue(first.reference().matches("AP-\\d{4}-\\d{6}"), first.reference());
        assertEquals("Recouvrement", first.departmentName());

        RequestReceipt second = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("BTCI", true, paidOn, 50_000L, "vir2026" + unique), PROOF));
        long secondItem =
                WorklistProbe.awaitItem(asAgent, worklists, second.reference()).id();
        List<String> warnings = asAgent.call(() -> worklists.detail(secondItem)).warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("Même référence bancaire que l'avis " + first.reference())),
                warnings.toString());

        long firstItem =
                WorklistProbe.awaitItem(asAgent, worklists, first.reference()).id();
        asAgent.call(() -> {
            worklists.take(firstItem, worklists.item(firstItem).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(
                    firstItem, worklists.item(firstItem).revision(), "Vérifié sur le site de la BTCI.", "declaree");
            return null;
        });

        LedgerEntry credit = accountLines().stream()
                .filter(line -> line.getSourceReference().equals(first.reference()))
                .findFirst()
                .orElseThrow();
        assertEquals(LedgerEntryKind.PAYMENT, credit.getKind());
        assertEquals(-50_000, credit.getAmount());
        assertEquals(paidOn, credit.getValueDate(), "credited at the date the bank received it");
        AccountStatementView view = asEmployer.call(() -> accounts.statement(null, null));
        assertTrue(
                view.payments().stream()
                        .anyMatch(line -> line.reference().equals(first.reference())
                                && line.day().equals(paidOn)),
                view.payments().toString());
    }

    @Test
    void aNoticeIsMatchedFromAnImportedStatementAndCreditedAtItsValueDate() {
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long amount = 60_000L + ThreadLocalRandom.current().nextInt(1, 9_999);
        LocalDate paidOn = LocalDate.now().minusDays(4);
        RequestReceipt notice = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("ECOBANK", false, paidOn, amount, "ECO-" + unique), PROOF));
        LocalDate valueDate = paidOn.plusDays(2);
        String csv = "Date opération;Date de valeur;Libellé;Débit;Crédit\n"
                + paidOn.format(DAY) + ";" + valueDate.format(DAY) + ";VIR RECU ECO-" + unique
                + " COTISATIONS " + employer.display() + ";;" + amount + "\n"
                + paidOn.format(DAY) + ";" + paidOn.format(DAY) + ";AUTRE VERSEMENT;;" + amount + "\n"
                + paidOn.format(DAY) + ";" + paidOn.format(DAY) + ";FRAIS;1 500;\n";
        StatementImport imported = asAgent.call(
                () -> statements.importStatement("ECOBANK", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, imported.read());
        assertEquals(2, imported.added());
        StatementImport.Match match = imported.matches().stream()
                .filter(candidate -> candidate.notice().equals(notice.reference()))
                .findFirst()
                .orElseThrow();
        assertEquals(valueDate, match.valueDate());
        assertEquals("même montant, référence bancaire et n° employeur dans le libellé", match.why());
        assertEquals(
                0,
                asAgent.call(() -> statements.importStatement(
                                "ECOBANK", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .added(),
                "a statement imported twice adds nothing");

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, notice.reference()).id();
        var options = asAgent.call(() -> worklists.detail(item)).approvalOptions();
        assertTrue(options.get(0).value().startsWith("ligne:"), options.toString());
        assertTrue(
                options.get(0).label().contains("ECO-" + unique), options.get(0).label());
        assertEquals("declaree", options.get(options.size() - 1).value());
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        jakarta.ejb.EJBException wrongReason = assertThrows(
                jakarta.ejb.EJBException.class,
                () -> asAgent.call(() -> {
                    worklists.reject(
                            item,
                            worklists.item(item).revision(),
                            RejectionReason.UNFOUNDED,
                            "motif d'une réclamation");
                    return null;
                }));
        assertTrue(
                String.valueOf(wrongReason.getCause()).contains("non prévu pour ce type de demande"),
                String.valueOf(wrongReason.getCause()));
        asAgent.call(() -> {
            worklists.approve(
                    item, worklists.item(item).revision(), null, options.get(0).value());
            return null;
        });
        LedgerEntry credit = probe.apply(em -> statements(notice.reference()));
        assertEquals(valueDate, credit.getValueDate(), "credited at the statement's value date");
        assertTrue(asAgent.call(() -> statements.matches()).stream()
                .noneMatch(other -> other.notice().equals(notice.reference())));
    }

    @Test
    void administratorsEnterTheAccountsEmployersPayInto() {
        String demo = asEmployer.call(() -> payments.situation()).banks().stream()
                .filter(bank -> bank.code().equals("UTB"))
                .findFirst()
                .orElseThrow()
                .accountNumber();
        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asAdmin.call(() -> {
                    bankAccounts.changeAccountNumber("UTB", "12-34");
                    return null;
                }));
        assertTrue(
                refused.errors().get("numero").contains("10 à 34"),
                refused.errors().toString());
        try {
            asAdmin.call(() -> {
                bankAccounts.changeAccountNumber("UTB", " tg 099 01001 012345678901 07 ");
                return null;
            });
            assertTrue(asEmployer.call(() -> payments.situation()).banks().stream()
                    .anyMatch(bank ->
                            bank.code().equals("UTB") && bank.accountNumber().equals("TG 099 01001 012345678901 07")));
            asAdmin.call(() -> {
                bankAccounts.changeAccountNumber("UTB", "");
                return null;
            });
            assertTrue(
                    asEmployer.call(() -> payments.situation()).banks().stream()
                            .noneMatch(bank -> bank.code().equals("UTB")),
                    "a bank without a number is not offered");
            long audited = probe.apply(em -> em.createQuery(
                            "SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action AND a.detail LIKE :detail",
                            Long.class)
                    .setParameter("action", tg.cnss.eservices.platform.entity.AuditAction.BANK_ACCOUNT_CHANGED)
                    .setParameter("detail", "UTB : TG 099 01001 012345678901 07 → (retiré)")
                    .getSingleResult());
            assertTrue(audited >= 1);
        } finally {
            asAdmin.call(() -> {
                bankAccounts.changeAccountNumber("UTB", demo);
                return null;
            });
        }
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LedgerEntry statements(String reference) {
        return accountLines().stream()
                .filter(line -> line.getSourceReference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private List<LedgerEntry> accountLines() {
        return probe.apply(em -> accountStatements.linesOf(employer.canonical()));
    }
}
