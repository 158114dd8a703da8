package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.declaration.boundary.ContributionDeadline;
import tg.cnss.eservices.declaration.boundary.ContributionDeadlines;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarations;
import tg.cnss.eservices.declaration.boundary.ContributionPreview;
import tg.cnss.eservices.declaration.boundary.DeclarationChangedMeanwhileException;
import tg.cnss.eservices.declaration.boundary.DeclarationSummary;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.ContributionLine;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.reference.entity.ContributionBranch;
import tg.cnss.eservices.reference.entity.ContributionPayer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * "Déclaration de Cotisation" in the real server and database: a month declared and debited to the
 * contributor account, declared again (the earlier one replaced and reversed, both kept), a stale
 * confirmation refused, bad figures refused field by field with nothing written, receipts only
 * for their employer.
 */
@ExtendWith(ArquillianExtension.class)
class ContributionDeclarationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(ContributionDeclarationsIT.class);
    }

    @Inject
    ContributionDeclarations declarations;

    @Inject
    ContributionDeadlines deadlines;

    @Inject
    ContributorAccounts accounts;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsInsured asInsured;

    @Inject
    PersistenceProbe probe;

    @Inject
    tg.cnss.eservices.account.control.AccountStatements statements;

    @Test
    void aMonthIsDeclaredDebitedThenReplacedByACorrection() {
        ContributionDeclarationForm march2024 = new ContributionDeclarationForm(3, 2024, 4, 200_000L);
        ContributionPreview preview = asEmployer.call(() -> declarations.preview(march2024));
        assertEquals("mars 2024", preview.periodLabel());
        assertEquals(Francs.of(35_000), preview.calculation().employerCnss());
        assertEquals(Francs.of(8_000), preview.calculation().employeeCnss());
        assertEquals(
                Francs.of(20_000),
                preview.calculation().employerAmu().plus(preview.calculation().employeeAmu()));
        assertEquals(LocalDate.of(2024, 4, 15), preview.calculation().dueDate());
        assertTrue(preview.lateNotice().startsWith("Échéance dépassée (15/04/2024)"), preview.lateNotice());
        assertTrue(
                preview.warnings().get(0).startsWith("La masse salariale est inférieure à 4 × SMIG"),
                preview.warnings().toString());
        long balanceBefore = balance();

        // A run before this one may have declared March 2024 already: the preview says which revision it saw.
        DeclarationSummary first = asEmployer.call(() -> declarations.declare(march2024, preview.currentRevision()));
        assertEquals(preview.currentRevision() + 1, first.revision());
        assertTrue(first.reference().startsWith("DC-202403-E"), first.reference());
        assertEquals(Francs.of(63_000), first.totalDue());
        long reversed = preview.replaces() ? totalOf(preview.replacedReference()) : 0;
        assertEquals(balanceBefore - reversed + 63_000, balance(), "debited in the contributor account");
        assertEquals(List.of(63_000L), ledgerAmounts(first.reference(), LedgerEntryKind.CONTRIBUTION));

        // The same confirmation again (a second tab, a replayed click): refused, nothing written.
        DeclarationChangedMeanwhileException stale = assertThrows(
                DeclarationChangedMeanwhileException.class,
                () -> asEmployer.call(() -> declarations.declare(march2024, preview.currentRevision())));
        assertTrue(
                stale.getMessage()
                        .startsWith(
                                "Le mois de mars 2024 a été déclaré entre-temps (référence " + first.reference() + ")"),
                stale.getMessage());
        assertEquals(balanceBefore - reversed + 63_000, balance());

        // The correction replaces it: the first is reversed and kept, the second debited.
        ContributionDeclarationForm corrected = new ContributionDeclarationForm(3, 2024, 5, 300_000L);
        ContributionPreview second = asEmployer.call(() -> declarations.preview(corrected));
        assertEquals(first.reference(), second.replacedReference());
        DeclarationSummary replacing = asEmployer.call(() -> declarations.declare(corrected, second.currentRevision()));
        assertEquals(
                first.reference().replaceFirst("-R\\d+$", "") + "-R" + replacing.revision(), replacing.reference());
        assertEquals(Francs.of(94_500), replacing.totalDue());
        assertEquals(List.of(-63_000L), ledgerAmounts(first.reference(), LedgerEntryKind.CONTRIBUTION_REVERSAL));
        assertEquals(balanceBefore - reversed + 94_500, balance());

        List<DeclarationSummary> history = asEmployer.call(() -> declarations.mine()).stream()
                .filter(line -> line.period().equals(YearMonth.of(2024, 3)))
                .toList();
        assertEquals(replacing.reference(), history.get(0).reference(), "the current revision first");
        assertFalse(history.get(0).replaced());
        assertEquals(first.reference(), history.get(1).reference());
        assertNotNull(history.get(1).replacedAt(), "the replaced one is kept, marked");
    }

    @Test
    void theDashboardSaysWhichMonthIsDueAndWhatTheAccountOwes() {
        ContributionDeadline before = asEmployer.call(() -> deadlines.mine());
        YearMonth due = before.period();
        YearMonth thisMonth = asEmployer.call(() -> declarations.thisMonth());
        assertTrue(due.equals(thisMonth) || due.equals(thisMonth.minusMonths(1)), due.toString());
        assertEquals(due.plusMonths(1).atDay(15), before.dueDate());
        assertTrue(before.daysLeft() >= 0 && before.daysLeft() <= 45, before.toString());
        assertFalse(before.lateMonths().contains(before.periodLabel()), "the month due next is not late yet");

        long balance = balance();
        // What the dashboard says is owed: the ledger's balance plus the surcharges of late months.
        assertEquals(Francs.of(balance).plus(surcharges()), asEmployer.call(() -> accounts.myBalance()));
        ContributionDeclarationForm form =
                new ContributionDeclarationForm(due.getMonthValue(), due.getYear(), 2, 120_000L);
        ContributionPreview preview = asEmployer.call(() -> declarations.preview(form));
        DeclarationSummary declared = asEmployer.call(() -> declarations.declare(form, preview.currentRevision()));

        // Months are late from the first one declared on the portal on, not before.
        ContributionDeclarationForm january2010 = new ContributionDeclarationForm(1, 2010, 1, 60_000L);
        ContributionPreview old = asEmployer.call(() -> declarations.preview(january2010));
        DeclarationSummary oldest = asEmployer.call(() -> declarations.declare(january2010, old.currentRevision()));

        ContributionDeadline after = asEmployer.call(() -> deadlines.mine());
        assertEquals(declared.reference(), after.declaredReference());
        assertTrue(after.declared());
        assertTrue(after.late());
        assertEquals("février 2010", after.lateMonths().get(0), "the month after the first one declared");
        assertFalse(after.lateMonths().contains("décembre 2009"));
        assertFalse(after.lateMonths().contains(after.periodLabel()));
        balance += oldest.totalDue().value() - (old.replaces() ? totalOf(old.replacedReference()) : 0);
        long reversed = preview.replaces() ? totalOf(preview.replacedReference()) : 0;
        assertEquals(
                Francs.of(balance - reversed + declared.totalDue().value()).plus(surcharges()),
                asEmployer.call(() -> accounts.myBalance()));
        assertThrows(EJBAccessException.class, () -> asInsured.call(() -> accounts.myBalance()));
    }

    @Test
    void badFiguresAreRefusedFieldByFieldAndNothingIsWritten() {
        long declared = declarationCount();
        YearMonth next = asEmployer.call(() -> declarations.thisMonth()).plusMonths(1);
        InvalidFormException future = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> declarations.declare(
                        new ContributionDeclarationForm(next.getMonthValue(), next.getYear(), 2, 150_000L), 0)));
        assertEquals(List.of("month"), List.copyOf(future.errors().keySet()));
        assertTrue(future.errors().get("month").endsWith("n'a pas commencé ; on déclare un mois en cours ou passé."));

        InvalidFormException nobody = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(
                        () -> declarations.preview(new ContributionDeclarationForm(1, 2025, 0, 90_000L))));
        assertEquals(List.of("workers"), List.copyOf(nobody.errors().keySet()));

        InvalidFormException missing = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(
                        () -> declarations.declare(new ContributionDeclarationForm(13, 1980, -1, null), 0)));
        assertEquals(
                List.of("month", "payroll", "workers", "year"),
                List.copyOf(missing.errors().keySet()));
        assertEquals(
                "Masse salariale brute : indiquez le total des rémunérations brutes du mois, en francs CFA (0 si aucune).",
                missing.errors().get("payroll"));
        assertEquals("Année : de 1990 à l'année en cours.", missing.errors().get("year"));
        assertEquals(declared, declarationCount(), "rien n'est enregistré");
    }

    @Test
    void aReceiptIsForItsEmployerOnlyAndOnlyEmployersDeclare() {
        ContributionDeclarationForm form = new ContributionDeclarationForm(6, 2011, 1, 100_000L);
        ContributionPreview preview = asEmployer.call(() -> declarations.preview(form));
        assertFalse(preview.calculation().hasAmu(), "2011: no AMU");
        assertEquals(Francs.of(16_500), preview.calculation().employerCnss(), "2011: the rates before 27/06/2012");
        DeclarationSummary mine = asEmployer.call(() -> declarations.declare(form, preview.currentRevision()));
        byte[] pdf =
                asEmployer.call(() -> declarations.receiptPdf(mine.reference())).orElseThrow();
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));

        ContributionDeclaration others = probe.persist(new ContributionDeclaration(
                "E9999999936",
                YearMonth.of(2011, 6),
                1 + (int) (System.nanoTime() % 1_000_000),
                1,
                100_000,
                List.of(new ContributionLine(
                        ContributionBranch.PF, ContributionPayer.EMPLOYER, java.math.BigDecimal.ONE, 1_000)),
                LocalDate.of(2011, 7, 15),
                Instant.now(),
                "autre@exemple.tg"));
        assertTrue(asEmployer
                .call(() -> declarations.receiptPdf(others.getReference()))
                .isEmpty());
        assertTrue(asEmployer.call(() -> declarations.receiptPdf("DC-inconnue")).isEmpty());
        assertTrue(asEmployer.call(() -> declarations.receiptPdf(null)).isEmpty());

        assertThrows(EJBAccessException.class, () -> asInsured.call(() -> declarations.preview(form)));
        assertThrows(EJBAccessException.class, () -> declarations.mine());
    }

    /** The surcharges of the demo employer's account today, as the statement works them out. */
    private Francs surcharges() {
        String employer = new EmployerNumber(10_000_001L).canonical();
        return probe.apply(em -> statements
                .statementOf(statements.linesOf(employer), java.time.LocalDate.now(java.time.ZoneId.of("Africa/Lome")))
                .totalSurcharges());
    }

    private long balance() {
        String employer = EmployerNumber.parse(probe.apply(em -> em.createQuery(
                                "SELECT u.registrationNumber FROM UserAccount u WHERE u.email = :email", String.class)
                        .setParameter("email", "employeur@demo.cnss.tg")
                        .getSingleResult()))
                .canonical();
        return probe.apply(em -> em.createQuery(
                        "SELECT a.balance FROM ContributorAccount a WHERE a.employerNumber = :employer", Long.class)
                .setParameter("employer", employer)
                .getResultStream()
                .findFirst()
                .orElse(0L));
    }

    private long totalOf(String reference) {
        return probe.apply(em -> em.createQuery(
                        "SELECT d.totalDue FROM ContributionDeclaration d WHERE d.reference = :reference", Long.class)
                .setParameter("reference", reference)
                .getSingleResult());
    }

    private List<Long> ledgerAmounts(String reference, LedgerEntryKind kind) {
        return probe.apply(em -> em.createQuery(
                        "SELECT e.amount FROM LedgerEntry e WHERE e.sourceReference = :reference AND e.kind = :kind",
                        Long.class)
                .setParameter("reference", reference)
                .setParameter("kind", kind)
                .getResultList());
    }

    private long declarationCount() {
        return probe.apply(em -> em.createQuery("SELECT COUNT(d) FROM ContributionDeclaration d", Long.class)
                .getSingleResult());
    }
}
