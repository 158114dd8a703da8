package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.benefit.boundary.BenefitPaymentForm;
import tg.cnss.eservices.benefit.boundary.MaternityAllowances;
import tg.cnss.eservices.benefit.boundary.MaternityForm;
import tg.cnss.eservices.benefit.boundary.PensionClaimForm;
import tg.cnss.eservices.benefit.boundary.PensionClaims;
import tg.cnss.eservices.benefit.boundary.PrenatalAllowances;
import tg.cnss.eservices.benefit.boundary.PrenatalForm;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.testing.InsuredSeeder;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsBenefitInsured;
import tg.cnss.eservices.testing.acting.AsPrestationsAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * The benefit requests of "Faire une demande" in the real server — pension, prenatal allowance,
 * I.J.M — each filed by a person of its own ({@link InsuredSeeder}: 120 000 F a month, 26 days),
 * refused field by field when wrong, routed to Prestations through the real broker, shown to the
 * agent with the figures worked out, and approved.
 */
@ExtendWith(ArquillianExtension.class)
class BenefitClaimsIT {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(BenefitClaimsIT.class, InsuredSeeder.class, SampleFiles.class);
    }

    @Inject
    InsuredSeeder seeder;

    @Inject
    PensionClaims pensions;

    @Inject
    PrenatalAllowances prenatal;

    @Inject
    MaternityAllowances maternity;

    @Inject
    Worklists worklists;

    @Inject
    AsBenefitInsured asInsured;

    @Inject
    AsPrestationsAgent asAgent;

    @Test
    void anOldAgePensionIsAskedWithItsSimulationAttachedAndApproved() {
        seeder.seed(AsBenefitInsured.EMAIL, 61, 200, 0);
        LocalDate today = LocalDate.now(Clocks.LOME);
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        var opening = asInsured.call(() -> pensions.start());
        assertEquals(start, opening.proposedStart());
        assertEquals(200, opening.monthsCounted());
        BenefitPaymentForm bank =
                new BenefitPaymentForm("BANK", "Ecobank Togo", "TG055 01001 123456789012 34", null, null);
        List<UploadedFile> pieces = pieces("cni.pdf", "acte-naissance.pdf");

        Map<String, String> early =
                refused(() -> pensions.submit(new PensionClaimForm("EARLY", start, today, bank), pieces));
        assertEquals(
                "Conditions au " + DAY.format(start) + " : Vous remplissez les conditions de la pension de vieillesse.",
                early.get("conditions"));
        Map<String, String> incomplete = refused(() -> pensions.submit(
                new PensionClaimForm(
                        "OLD_AGE",
                        start,
                        start.plusDays(1),
                        new BenefitPaymentForm("MOBILE", null, null, "TMONEY", "22 21 00 00")),
                pieces.subList(0, 1)));
        assertEquals(
                "Cessation de l'activité salariée : au plus tard le jour du départ, le " + DAY.format(start) + ".",
                incomplete.get("cessation"));
        assertEquals("N° de téléphone : un numéro de mobile (+228 suivi de 8 chiffres).", incomplete.get("telephone"));
        assertTrue(
                incomplete.get("pieces").startsWith("Pièces jointes : joignez votre pièce d'identité"),
                incomplete.toString());

        PensionClaimForm form = new PensionClaimForm("OLD_AGE", start, today, bank);
        var simulation = asInsured.call(() -> pensions.simulate("OLD_AGE", start));
        assertEquals(25_200, simulation.monthlyPension().value(), "120 000 F × (20 % + 1 % for 12 months beyond 180)");
        RequestReceipt receipt = asInsured.call(() -> pensions.submit(form, pieces));
        assertTrue(receipt.reference().matches("PE-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Prestations", receipt.departmentName());
        assertTrue(refused(() -> pensions.submit(form, pieces)).get("demande").contains(receipt.reference()));

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals(List.of(), detail.warnings(), "the account has not changed, no wage after the stop");
        assertTrue(
                detail.fields().get("Pension mensuelle").startsWith("25\u202f200\u00a0FCFA"),
                detail.fields().toString());
        assertEquals("TG0550100112345678901234", detail.fields().get("N° de compte (RIB)"));
        approve(item);
        assertNull(asInsured.call(() -> pensions.start()).openRequest());
    }

    @Test
    void thePrenatalInstalmentsOfExamsInTheirWindowsArePaidOnceAPregnancy() {
        seeder.seed(AsBenefitInsured.EMAIL, 30, 24, 0);
        LocalDate today = LocalDate.now(Clocks.LOME);
        LocalDate birth = today.plusMonths(2);
        LocalDate pregnancy = PrenatalAllowanceRules.pregnancyStart(birth);
        LocalDate first = pregnancy.plusMonths(1);
        LocalDate second = pregnancy.plusMonths(5).plusDays(3);
        var lines = asInsured.call(() -> prenatal.instalments(birth, first, second, null));
        assertEquals(
                List.of(
                        PrenatalAllowanceRules.State.DUE,
                        PrenatalAllowanceRules.State.DUE,
                        PrenatalAllowanceRules.State.WINDOW_OPEN),
                lines.stream().map(PrenatalAllowanceRules.Instalment::state).toList());
        String self = asInsured.call(() -> prenatal.start()).mothers().get(0).code();

        Map<String, String> wrong = refused(() ->
                prenatal.submit(new PrenatalForm(self, birth, today.plusDays(1), null, null), pieces("examen.pdf")));
        assertEquals("1er examen prénatal : une date passée (l'examen doit être fait).", wrong.get("examen1"));

        List<UploadedFile> scans = pieces("examen1.pdf", "examen2.pdf");
        RequestReceipt receipt =
                asInsured.call(() -> prenatal.submit(new PrenatalForm(self, birth, first, second, null), scans));
        assertTrue(receipt.reference().matches("PN-\\d{4}-\\d{6}"), receipt.reference());
        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals("12\u202f000\u00a0FCFA", detail.fields().get("Montant demandé"));
        approve(item);

        // The first exam again with the third: only the third is due now.
        LocalDate third = today;
        var again = asInsured.call(() -> prenatal.instalments(birth, first, null, third));
        assertEquals(PrenatalAllowanceRules.State.ALREADY_ASKED, again.get(0).state());
        assertEquals(PrenatalAllowanceRules.State.ALREADY_ASKED, again.get(1).state());
        assertEquals(6_000, PrenatalAllowanceRules.totalDue(again).value());
        RequestReceipt next = asInsured.call(() -> prenatal.submit(
                new PrenatalForm(self, birth, first, null, third), pieces("examen1.pdf", "examen3.pdf")));
        long nextItem =
                WorklistProbe.awaitItem(asAgent, worklists, next.reference()).id();
        assertEquals(
                "6\u202f000\u00a0FCFA",
                asAgent.call(() -> worklists.detail(nextItem)).fields().get("Montant demandé"));
        approve(nextItem);
    }

    @Test
    void anIjmIsEstimatedFromTheAccountAndRefusedWhileTheWorkHasNotStopped() {
        seeder.seed(AsBenefitInsured.EMAIL, 30, 24, 0);
        LocalDate today = LocalDate.now(Clocks.LOME);
        LocalDate birth = today.plusMonths(1);
        List<UploadedFile> documents = pieces("grossesse.pdf", "arret.pdf", "bulletins.pdf");
        assertEquals(
                "Boulangerie des tests", asInsured.call(() -> maternity.start()).employer());

        Map<String, String> notYet = refused(() ->
                maternity.submit(new MaternityForm(birth, null, today.plusDays(3), null), documents.subList(0, 2)));
        assertTrue(
                notYet.values().stream()
                        .anyMatch(message -> message.startsWith("Travail arrêté : votre arrêt commence")),
                notYet.toString());
        assertTrue(notYet.get("pieces").endsWith("(3 fichiers au moins)."), notYet.toString());

        LocalDate stop = today.minusDays(2);
        var estimate = asInsured.call(() -> maternity.estimate(stop, null));
        // three months of 120 000 F for 26 days each before the stop: 98 days at 100 %
        assertEquals(4_615, estimate.dailyPay().value());
        assertEquals(452_308, estimate.amount().value());
        RequestReceipt receipt =
                asInsured.call(() -> maternity.submit(new MaternityForm(birth, null, stop, null), documents));
        assertTrue(receipt.reference().matches("IJ-\\d{4}-\\d{6}"), receipt.reference());
        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals(List.of(), detail.warnings());
        assertTrue(
                detail.fields().get("Montant estimé").startsWith("452\u202f308\u00a0FCFA"),
                detail.fields().toString());
        approve(item);
    }

    private void approve(long item) {
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });
    }

    private Map<String, String> refused(java.util.concurrent.Callable<?> filing) {
        return assertThrows(InvalidFormException.class, () -> asInsured.call(filing))
                .errors();
    }

    private static List<UploadedFile> pieces(String... names) {
        return java.util.Arrays.stream(names)
                .map(name -> new UploadedFile(name, SampleFiles.pdf(name)))
                .toList();
    }
}
