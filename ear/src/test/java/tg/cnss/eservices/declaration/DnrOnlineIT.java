package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarations;
import tg.cnss.eservices.declaration.boundary.ContributionPreview;
import tg.cnss.eservices.declaration.boundary.DeclarationChangedMeanwhileException;
import tg.cnss.eservices.declaration.boundary.DnrDeadline;
import tg.cnss.eservices.declaration.boundary.DnrDraftLine;
import tg.cnss.eservices.declaration.boundary.DnrForm;
import tg.cnss.eservices.declaration.boundary.DnrNotSentException;
import tg.cnss.eservices.declaration.boundary.DnrOnline;
import tg.cnss.eservices.declaration.boundary.MonthComparison;
import tg.cnss.eservices.declaration.boundary.WageDeclarationSummary;
import tg.cnss.eservices.declaration.boundary.WageDeclarations;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrField;
import tg.cnss.eservices.declaration.control.DnrFinding;
import tg.cnss.eservices.declaration.control.DnrMonth;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * "Remplir les DNR en ligne" in the real server and database: the quarter opened from the roster,
 * the draft saved and found again, the same rules as a file (each error at its line), the DNR sent
 * and its draft gone, a stale page refused, a correction opened from the DNR in force.
 */
@ExtendWith(ArquillianExtension.class)
class DnrOnlineIT {

    private static final Quarter Q2 = new Quarter(2026, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(DnrOnlineIT.class);
    }

    @Inject
    DnrOnline online;

    @Inject
    AsEmployer asEmployer;

    private static DnrDraftLine filled(DnrDraftLine line, String pay) {
        return new DnrDraftLine(
                line.insuredNumber(),
                line.lastName(),
                line.firstNames(),
                List.of("30", "31", "30"),
                List.of(pay, pay, pay),
                "",
                line.onRoster(),
                line.suggestedPay());
    }

    @Test
    void aQuarterIsFilledFromTheRosterKeptAsADraftCheckedAndSent() {
        asEmployer.call(() -> {
            online.discardDraft(Q2);
            return null;
        });
        DnrForm opened = asEmployer.call(() -> online.open(Q2));
        // From the roster the first time; from the DNR in force when an earlier run on this database sent one.
        List<DnrDraftLine> lines = new ArrayList<>(opened.lines().subList(0, 2));
        assertEquals(
                List.of("AMEGAN", "KOUDJO"),
                lines.stream().map(DnrDraftLine::lastName).toList());
        assertTrue(lines.stream().allMatch(DnrDraftLine::onRoster));
        assertNull(opened.draftSavedAt(), "no draft yet");

        // AMEGAN's pay typed with a mistake; a worker without number added: the draft keeps it all.
        lines.set(0, filled(lines.get(0), "350 000,50"));
        lines.set(1, filled(lines.get(1), "220000"));
        lines.add(new DnrDraftLine(
                "", "MENSAH", "Kodjo", List.of("10", "", ""), List.of("30000", "", ""), "", false, null));
        asEmployer.call(() -> online.saveDraft(Q2, lines));
        DnrForm reopened = asEmployer.call(() -> online.open(Q2));
        assertNotNull(reopened.draftSavedAt());
        assertEquals(lines, reopened.lines(), "the draft as typed, the wrong value included");

        DnrCheck check = asEmployer.call(() -> online.check(Q2, lines));
        assertEquals(DnrCheck.Status.REJECTED, check.status());
        DnrFinding decimals = check.findings().stream()
                .filter(DnrFinding::isError)
                .findFirst()
                .orElseThrow();
        assertEquals(1, decimals.row());
        assertEquals(DnrField.PAY, decimals.field());
        assertThrows(
                DnrNotSentException.class,
                () -> asEmployer.call(() -> online.send(Q2, lines, opened.currentRevision())));
        assertNotNull(asEmployer.call(() -> online.open(Q2)).draftSavedAt(), "refused: the draft is still there");

        lines.set(0, filled(lines.get(0), "350000"));
        DnrCheck fixed = asEmployer.call(() -> online.check(Q2, lines));
        assertEquals(
                DnrCheck.Status.ACCEPTED_WITH_WARNINGS,
                fixed.status(),
                fixed.findings().toString());
        WageDeclarationSummary sent = asEmployer.call(() -> online.send(Q2, lines, opened.currentRevision()));
        assertTrue(sent.reference().startsWith("DNR-2026T2-E1000000161"), sent.reference());
        assertEquals("En ligne", sent.sourceLabel());
        assertEquals(3, sent.workerCount());
        assertEquals(1, sent.toRegisterCount());
        assertEquals(30_000 + 3 * 570_000L, sent.quarterTotal().value());

        // The draft is gone; the quarter now opens from the DNR in force, to correct it.
        DnrForm correction = asEmployer.call(() -> online.open(Q2));
        assertNull(correction.draftSavedAt());
        assertEquals(sent.reference(), correction.currentReference());
        assertEquals("350000", correction.lines().get(0).pay().get(0));
        assertEquals("MENSAH", correction.lines().get(2).lastName());

        // The page opened before that DNR was sent is stale: refused, nothing written.
        var stale = assertThrows(
                DeclarationChangedMeanwhileException.class,
                () -> asEmployer.call(() -> online.send(Q2, lines, opened.currentRevision())));
        assertTrue(stale.getMessage().startsWith("Le 2e trimestre 2026 a été déclaré entre-temps"), stale.getMessage());
    }

    @Inject
    ContributionDeclarations monthly;

    @Inject
    WageDeclarations declarations;

    @Test
    void theMonthlyDeclarationIsPrefilledFromTheDnrAndADifferenceIsShownOnBothSides() {
        Quarter q4of2025 = new Quarter(2025, 4);
        DnrForm opened = asEmployer.call(() -> online.open(q4of2025));
        List<DnrDraftLine> lines = new ArrayList<>();
        for (DnrDraftLine line : opened.lines().subList(0, 2)) {
            lines.add(new DnrDraftLine(
                    line.insuredNumber(),
                    line.lastName(),
                    line.firstNames(),
                    List.of("31", "30", "31"),
                    List.of(line.lastName().equals("AMEGAN") ? "350000" : "220000", "300000", "300000"),
                    "",
                    true,
                    null));
        }
        WageDeclarationSummary sent = asEmployer.call(() -> online.send(q4of2025, lines, opened.currentRevision()));

        YearMonth october = YearMonth.of(2025, 10);
        DnrMonth fromDnr = asEmployer.call(() -> monthly.fromDnr(october)).orElseThrow();
        assertEquals(sent.reference(), fromDnr.reference());
        assertEquals(2, fromDnr.workers());
        assertEquals(570_000L, fromDnr.payroll().value());
        assertTrue(
                asEmployer.call(() -> monthly.fromDnr(YearMonth.of(2024, 10))).isEmpty(), "no DNR for that quarter");

        ContributionPreview differing =
                asEmployer.call(() -> monthly.preview(new ContributionDeclarationForm(10, 2025, 2, 500_000L)));
        assertTrue(
                differing.warnings().stream().anyMatch(w -> w.startsWith("Votre DNR " + sent.reference())),
                differing.warnings().toString());
        ContributionPreview matching =
                asEmployer.call(() -> monthly.preview(new ContributionDeclarationForm(10, 2025, 2, 570_000L)));
        assertTrue(
                matching.warnings().stream().noneMatch(w -> w.startsWith("Votre DNR")),
                matching.warnings().toString());

        List<MonthComparison> comparison = asEmployer.call(() -> declarations.comparison(q4of2025));
        assertEquals(3, comparison.size());
        assertEquals("octobre 2025", comparison.get(0).monthLabel());
        assertEquals(570_000L, comparison.get(0).dnrPayroll().value());

        DnrDeadline deadline = asEmployer.call(() -> declarations.nextDeadline());
        assertEquals(DnrRules.dueDateOf(Quarter.parse(deadline.quarterCode())), deadline.dueDate());
    }
}
