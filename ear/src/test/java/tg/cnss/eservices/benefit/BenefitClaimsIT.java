package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.benefit.boundary.BenefitPaymentForm;
import tg.cnss.eservices.benefit.boundary.EmployerAccidentPart;
import tg.cnss.eservices.benefit.boundary.MaternityAllowances;
import tg.cnss.eservices.benefit.boundary.MaternityForm;
import tg.cnss.eservices.benefit.boundary.OccupationalDiseaseForm;
import tg.cnss.eservices.benefit.boundary.OccupationalDiseases;
import tg.cnss.eservices.benefit.boundary.PensionClaimForm;
import tg.cnss.eservices.benefit.boundary.PensionClaims;
import tg.cnss.eservices.benefit.boundary.PrenatalAllowances;
import tg.cnss.eservices.benefit.boundary.PrenatalForm;
import tg.cnss.eservices.benefit.boundary.WorkAccidentEmployerParts;
import tg.cnss.eservices.benefit.boundary.WorkAccidentForm;
import tg.cnss.eservices.benefit.boundary.WorkAccidents;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules;
import tg.cnss.eservices.benefit.control.WorkAccidentRules;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.InsuredSeeder;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsBenefitInsured;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsPrestationsAgent;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;
import tg.cnss.eservices.testing.acting.AsRisksAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * The benefit requests of "Faire une demande" in the real server — pension, prenatal allowance,
 * I.J.M — and the declarations of occupational risks (work accident, with the employer's part;
 * occupational disease), each filed by a person of its own ({@link InsuredSeeder}: 120 000 F a month, 26 days),
 * refused field by field when wrong, routed to Prestations through the real broker, shown to the
 * agent with the figures worked out, and approved.
 */
@ExtendWith(ArquillianExtension.class)
class BenefitClaimsIT {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(
                BenefitClaimsIT.class, InsuredSeeder.class, GoodStandingSeeder.class, SampleFiles.class);
    }

    @Inject
    InsuredSeeder seeder;

    @Inject
    GoodStandingSeeder employers;

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

    @Inject
    AsRisksAgent asRisksAgent;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsQuitusEmployer asQuitusEmployer;

    @Inject
    WorkAccidents accidents;

    @Inject
    WorkAccidentEmployerParts employerParts;

    @Inject
    OccupationalDiseases diseases;

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

    @Test
    void aWorkAccidentDeclaredByItsVictimIsToldToTheEmployerWhoAddsHisPartForRisquesProfessionnels() {
        // an employer of its own, whose account acts as AsQuitusEmployer; the demo employer is another one
        EmployerNumber employer = employers.seed(AsQuitusEmployer.EMAIL);
        InsuredNumber victim = seeder.seed(AsBenefitInsured.EMAIL, 35, 30, 0, employer);
        LocalDate today = LocalDate.now(Clocks.LOME);
        var start = asInsured.call(() -> accidents.start());
        assertEquals(
                List.of(employer.display()),
                start.employers().stream().map(choice -> choice.number()).toList());
        LocalDate day = today.minusDays(1);
        WorkAccidentForm tooOld = accidentOn(employer, today.minusYears(2).minusDays(1), " 7h ");
        Map<String, String> refused = refused(() -> accidents.submit(tooOld, List.of()));
        assertTrue(refused.get("dateAccident").contains("dans les 2 ans"), refused.toString());
        assertEquals(
                "Pièces jointes : joignez le certificat médical initial (PDF, JPEG ou PNG).", refused.get("pieces"));

        List<UploadedFile> certificate = pieces("certificat-medical.pdf");
        var preview = asInsured.call(() -> accidents.preview(accidentOn(employer, day, "7h"), certificate));
        assertEquals("07:00", preview.get(2).fields().get("Heure de l'accident"));
        assertEquals("2 ans et 3 mois", preview.get(1).fields().get("Ancienneté dans l'entreprise"));
        RequestReceipt receipt =
                asInsured.call(() -> accidents.submit(accidentOn(employer, day, "10:15"), certificate));
        assertTrue(receipt.reference().matches("TA-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Risques professionnels", receipt.departmentName());
        assertTrue(refused(() -> accidents.submit(accidentOn(employer, day, "10:15"), certificate))
                .get("dateAccident")
                .contains(receipt.reference()));

        long item = WorklistProbe.awaitItem(asRisksAgent, worklists, receipt.reference())
                .id();
        assertEquals(
                List.of("L'employeur n'a pas encore ajouté sa part de la déclaration (délai : le "
                        + DAY.format(WorkAccidentRules.employerDeadline(day)) + ")."),
                asRisksAgent.call(() -> worklists.detail(item)).warnings());

        var line = asQuitusEmployer.call(() -> employerParts.mine()).stream()
                .filter(accident -> accident.reference().equals(receipt.reference()))
                .findFirst()
                .orElseThrow();
        assertEquals(victim.display(), line.insuredNumber());
        assertEquals("À compléter", line.state());
        var detail = asQuitusEmployer
                .call(() -> employerParts.detail(receipt.reference()))
                .orElseThrow();
        assertEquals(
                "Glissade sur le sol mouillé de l'atelier en portant une caisse.",
                detail.sections().get(2).fields().get("Circonstances détaillées"));
        assertTrue(
                asEmployer.call(() -> employerParts.detail(receipt.reference())).isEmpty(),
                "another employer never sees it");
        Map<String, String> incomplete = assertThrows(
                        InvalidFormException.class,
                        () -> asQuitusEmployer.call(() -> employerParts.record(
                                receipt.reference(), new EmployerAccidentPart("0", "", "x", "1", "court"))))
                .errors();
        assertEquals(
                Set.of("effectif", "activite", "email", "telephone", "circonstancesEmployeur"), incomplete.keySet());
        asQuitusEmployer.call(() -> employerParts.record(
                receipt.reference(),
                new EmployerAccidentPart(
                        "25",
                        "Commerce de gros",
                        "rh@demo.tg",
                        "22 21 00 01",
                        "Le salarié a glissé dans l'atelier vers 10 h ; le sol venait d'être lavé.")));
        assertTrue(asRisksAgent
                .call(() -> worklists.detail(item))
                .warnings()
                .get(0)
                .startsWith("Part de l'employeur ajoutée le " + DAY.format(today) + ", dans son délai : effectif 25"));
        assertThrows(
                InvalidFormException.class,
                () -> asQuitusEmployer.call(() -> employerParts.record(
                        receipt.reference(),
                        new EmployerAccidentPart(
                                "25", "Commerce", "rh@demo.tg", "22 21 00 01", "Une seconde version des faits."))));
        approveAs(asRisksAgent, item);
    }

    @Test
    void anOccupationalDiseaseIsDeclaredAgainstTheListForRisquesProfessionnels() {
        EmployerNumber employer = new EmployerNumber(10_000_001L);
        seeder.seed(AsBenefitInsured.EMAIL, 50, 120, 0, employer);
        LocalDate today = LocalDate.now(Clocks.LOME);
        var start = asInsured.call(() -> diseases.start());
        assertEquals("Liste des maladies professionnelles de l'OIT (2010)", start.listSource());
        assertEquals(
                "Maladies causées par des agents chimiques",
                start.groups().get(0).label());
        assertTrue(start.groups().stream()
                .flatMap(group -> group.diseases().stream())
                .anyMatch(disease -> disease.tableNumber().equals("1.2.1")));
        OccupationalDiseaseForm form = new OccupationalDiseaseForm(
                employer.display(),
                "Riveteur",
                "1.2.1",
                "Rivetage de tôles au marteau pneumatique, 6 heures par jour.",
                today.minusYears(9),
                null,
                today.minusDays(10),
                "Dr Akouvi MENSAH");
        Map<String, String> refused = refused(() -> diseases.submit(
                new OccupationalDiseaseForm(
                        employer.display(), "Riveteur", "9.9.9", "court", today.plusDays(1), null, today, "D"),
                List.of()));
        assertEquals(Set.of("maladie", "exposition", "expositionDebut", "medecin", "pieces"), refused.keySet());
        RequestReceipt receipt = asInsured.call(() -> diseases.submit(form, pieces("certificat.pdf")));
        assertTrue(receipt.reference().matches("MP-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Risques professionnels", receipt.departmentName());
        long item = WorklistProbe.awaitItem(asRisksAgent, worklists, receipt.reference())
                .id();
        assertEquals(
                "1.2.1 — Atteinte auditive causée par le bruit",
                asRisksAgent.call(() -> worklists.detail(item)).fields().get("Maladie (tableau)"));
        approveAs(asRisksAgent, item);
    }

    private static WorkAccidentForm accidentOn(EmployerNumber employer, LocalDate day, String time) {
        return new WorkAccidentForm(
                employer.display(),
                "F",
                "Marié(e)",
                "Togolaise",
                "Magasinière",
                day.minusYears(2).minusMonths(3),
                false,
                null,
                day,
                time,
                "Atelier, zone portuaire de Lomé",
                "AT_WORK",
                "Glissade sur le sol mouillé de l'atelier en portant une caisse.",
                "07:30",
                "17:00",
                "Kodjo AGBEKO, magasinier, 90 00 00 01",
                null,
                "Entorse de la cheville droite");
    }

    private void approve(long item) {
        approveAs(asAgent, item);
    }

    private void approveAs(tg.cnss.eservices.testing.acting.ActingUser agent, long item) {
        agent.call(() -> {
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
