package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.boundary.IndividualAccounts;
import tg.cnss.eservices.account.boundary.IndividualCertificateForm;
import tg.cnss.eservices.account.boundary.IndividualCertificateSituation;
import tg.cnss.eservices.account.boundary.IndividualCertificates;
import tg.cnss.eservices.account.boundary.VoluntaryForm;
import tg.cnss.eservices.account.boundary.VoluntaryInsurance;
import tg.cnss.eservices.account.boundary.VoluntarySituation;
import tg.cnss.eservices.benefit.boundary.FamilyAllowances;
import tg.cnss.eservices.document.boundary.CertificateCheck;
import tg.cnss.eservices.document.boundary.CertificateVerifications;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.boundary.MobilePaymentView;
import tg.cnss.eservices.payment.boundary.VoluntaryPaymentForm;
import tg.cnss.eservices.payment.boundary.VoluntaryPaymentSituation;
import tg.cnss.eservices.payment.boundary.VoluntaryPayments;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.boundary.DependantForm;
import tg.cnss.eservices.registration.boundary.DependantLine;
import tg.cnss.eservices.registration.boundary.Dependants;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.InsuredSeeder;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsBenefitInsured;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.testing.acting.AsPrestationsAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * The insured person's requests in the real server, each filed by a person of its own
 * ({@link InsuredSeeder}), routed to its department through the real broker and approved there
 * with its effect.
 */
@ExtendWith(ArquillianExtension.class)
class InsuredRequestsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(InsuredRequestsIT.class, InsuredSeeder.class, SampleFiles.class);
    }

    @Inject
    InsuredSeeder seeder;

    @Inject
    IndividualCertificates attestations;

    @Inject
    Dependants dependants;

    @Inject
    VoluntaryInsurance voluntary;

    @Inject
    FamilyAllowances allowances;

    @Inject
    VoluntaryPayments voluntaryPayments;

    @Inject
    IndividualAccounts individualAccounts;

    @Inject
    Worklists worklists;

    @Inject
    CertificateVerifications verifications;

    @Inject
    CertificateRegistry registry;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsBenefitInsured asInsured;

    @Inject
    AsInsured asSomeoneElse;

    @Inject
    AsPrestationsAgent asAgent;

    @Test
    void anAttestationIndividuelleIsAskedOnceIssuedByPrestationsAndVerifiable() {
        InsuredNumber number = seeder.seed(AsBenefitInsured.EMAIL, 35, 40, 2);
        IndividualCertificateSituation situation = asInsured.call(() -> attestations.situation());
        assertEquals(number.display(), situation.insuredNumber());
        assertEquals("Abla TEST", situation.fullName());
        assertEquals(40, situation.career().monthsCounted());
        assertTrue(
                situation.career().text().contains("40 mois d'assurance"),
                situation.career().text());
        assertTrue(situation.career().text().endsWith("Dernier employeur déclarant : Boulangerie des tests."));
        assertTrue(situation.mayAsk());
        assertEquals(3, situation.validityMonths(), "reference data");

        assertEquals(
                "Objet de la demande : choisissez-le dans la liste.",
                refused(new IndividualCertificateForm("Pour le plaisir", null, null))
                        .errors()
                        .get("objet"));
        assertEquals(
                "Précisions : dites à quoi l'attestation doit servir.",
                refused(new IndividualCertificateForm("Autre", " ", null))
                        .errors()
                        .get("precisions"));

        RequestReceipt receipt = asInsured.call(() ->
                attestations.submit(new IndividualCertificateForm("Demande de visa", null, " Ambassade de France ")));
        assertTrue(receipt.reference().matches("DA-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Prestations", receipt.departmentName());
        assertTrue(refused(new IndividualCertificateForm("Demande de visa", null, null))
                .errors()
                .get("demande")
                .contains(receipt.reference()));
        assertEquals(
                receipt.reference(),
                asInsured.call(() -> attestations.situation()).openRequest());

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertTrue(
                detail.warnings().get(0).startsWith("Compte individuel aujourd'hui — À la date du"),
                detail.warnings().toString());
        assertTrue(
                detail.warnings().get(0).contains("40 mois"), detail.warnings().toString());
        assertEquals("Demande de visa", detail.fields().get("Objet de la demande"));
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });

        IndividualCertificateSituation after = asInsured.call(() -> attestations.situation());
        assertNull(after.openRequest());
        assertEquals(1, after.issued().size());
        IndividualCertificateSituation.Line issued = after.issued().get(0);
        assertEquals("Valide", issued.state());
        assertEquals("Demande de visa (à l'attention de : Ambassade de France)", issued.purpose());
        assertTrue(issued.reference().startsWith("AT-"), issued.reference());
        LocalDate today = LocalDate.now(Clocks.LOME);
        assertEquals(today.plusMonths(3).minusDays(1), issued.validUntil());

        byte[] pdf = asInsured.call(() -> attestations.pdf(issued.reference())).orElseThrow();
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertTrue(
                asSomeoneElse.call(() -> attestations.pdf(issued.reference())).isEmpty(),
                "another insured person never gets it");

        IssuedCertificate stored =
                probe.apply(em -> registry.find(issued.reference()).orElseThrow());
        assertTrue(stored.getStatement().contains("40 mois d'assurance"), stored.getStatement());
        String code = probe.apply(
                em -> registry.codeOf(registry.find(issued.reference()).orElseThrow()));
        CertificateCheck check = verifications.check(issued.reference(), code);
        assertEquals(CertificateCheck.State.VALID, check.state());
        assertEquals("Attestation individuelle", check.kindLabel());
        assertEquals(number.display(), check.holderNumber());
    }

    @Test
    void aChildAndASpouseDeclaredAndApprovedBecomeDependantsAndTheChildCountsForFamilyAllowances() {
        InsuredNumber number = seeder.seed(AsBenefitInsured.EMAIL, 35, 60, 0);
        LocalDate today = LocalDate.now(Clocks.LOME);
        LocalDate born = today.minusYears(4).withDayOfMonth(1);
        // a name of its own: a child of an earlier run on the same database would be a duplicate
        String firstNames = "Esso " + uniqueName();
        DependantForm child = new DependantForm(
                "amegan", " " + firstNames + " ", "F", born, "Lomé", "AN 1234", "Afi AKUE", null, null, null, null);
        InvalidFormException noCertificate = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> dependants.declare(DependantRelation.CHILD, child, List.of())));
        assertEquals(
                "Pièces jointes : joignez la copie de l'acte de naissance (PDF, JPEG ou PNG).",
                noCertificate.errors().get("pieces"));
        List<UploadedFile> act = List.of(new UploadedFile("acte.pdf", SampleFiles.pdf("Acte de naissance")));
        var preview = asInsured.call(() -> dependants.preview(DependantRelation.CHILD, child, act));
        assertEquals("AMEGAN", preview.get(1).fields().get("Nom"));
        assertEquals(firstNames, preview.get(1).fields().get("Prénoms"));

        RequestReceipt childReceipt = asInsured.call(() -> dependants.declare(DependantRelation.CHILD, child, act));
        assertTrue(childReceipt.reference().matches("EN-\\d{4}-\\d{6}"), childReceipt.reference());
        assertEquals("Prestations", childReceipt.departmentName());
        RequestReceipt spouseReceipt = asInsured.call(() -> dependants.declare(
                DependantRelation.SPOUSE,
                new DependantForm(
                        "AKUE",
                        "Afi",
                        "F",
                        today.minusYears(33),
                        "Kpalimé",
                        "AM 77/2015",
                        null,
                        today.minusYears(8),
                        "Mairie de Lomé",
                        null,
                        "Couturière"),
                List.of(new UploadedFile("mariage.pdf", SampleFiles.pdf("Acte de mariage")))));
        assertTrue(spouseReceipt.reference().startsWith("CJ-"), spouseReceipt.reference());
        assertEquals(List.of(), asInsured.call(() -> dependants.mine()), "nothing before Prestations approves");

        for (RequestReceipt receipt : List.of(childReceipt, spouseReceipt)) {
            long item = WorklistProbe.awaitItem(asAgent, worklists, receipt.reference())
                    .id();
            asAgent.call(() -> {
                worklists.take(item, worklists.item(item).revision());
                worklists.approve(item, worklists.item(item).revision(), null);
                return null;
            });
        }
        List<DependantLine> mine = asInsured.call(() -> dependants.mine());
        assertEquals(
                List.of("Conjoint(e)", "Enfant"),
                mine.stream().map(DependantLine::relation).toList());
        assertEquals(firstNames + " AMEGAN", mine.get(1).fullName());
        assertEquals(childReceipt.reference(), mine.get(1).requestReference());
        assertEquals(today.minusYears(8), mine.get(0).marriageDate());

        var allowance = asInsured.call(() -> allowances.mine());
        assertEquals(1, allowance.counted());
        assertEquals(Francs.of(2_000), allowance.monthly());

        // The same child declared again (by the other parent, say): the agent is told.
        RequestReceipt again = asInsured.call(() -> dependants.declare(DependantRelation.CHILD, child, act));
        long item =
                WorklistProbe.awaitItem(asAgent, worklists, again.reference()).id();
        assertEquals(
                List.of("Déjà à la charge de cet assuré depuis la demande " + childReceipt.reference() + "."),
                asAgent.call(() -> worklists.detail(item)).warnings());
        assertEquals(
                number.display(),
                asAgent.call(() -> worklists.detail(item)).fields().get("N° d'assuré"));
    }

    @Test
    void aVoluntaryInsuranceRequestIsCheckedFiledAndOpensTheMembershipOnApproval() {
        seeder.seed(AsBenefitInsured.EMAIL, 40, 24, 2);
        LocalDate today = LocalDate.now(Clocks.LOME);
        var unanswered = asInsured.call(() -> voluntary.eligibility(null, null));
        assertEquals(
                List.of(true, false, true, false),
                unanswered.checks().stream().map(check -> check.met()).toList(),
                unanswered.toString());
        VoluntarySituation situation = asInsured.call(() -> voluntary.situation());
        LocalDate left = java.time.YearMonth.from(today).minusMonths(2).atEndOfMonth();
        assertEquals(left, situation.suggestedLeavingDay());
        assertEquals("16,5", situation.rateLabel());
        assertTrue(situation.mayAsk());
        String cni = situation.identityDocuments().get(0).code();
        List<UploadedFile> pieces = List.of(
                new UploadedFile("cni.pdf", SampleFiles.pdf("CNI")),
                new UploadedFile("bulletins.pdf", SampleFiles.pdf("Bulletins")));

        var errors = assertThrows(
                        InvalidFormException.class,
                        () -> asInsured.call(() -> voluntary.submit(
                                new VoluntaryForm(left, false, "1 000", "PERMIS-DE-PECHE", " "), pieces.subList(0, 1))))
                .errors();
        assertTrue(
                errors.values()
                        .contains("Résidence au Togo : l'assurance volontaire est réservée aux personnes qui"
                                + " résident au Togo."),
                errors.toString());
        assertTrue(errors.get("revenu").startsWith("Revenu mensuel déclaré : au moins le SMIG"), errors.toString());
        assertTrue(
                errors.containsKey("pieceType") && errors.containsKey("pieceNumero") && errors.containsKey("pieces"));

        VoluntaryForm form = new VoluntaryForm(left, true, "150 000", cni, "0123456789");
        var preview = asInsured.call(() -> voluntary.preview(form, pieces));
        assertEquals("24\u202f750\u00a0FCFA", preview.get(1).fields().get("Cotisation mensuelle"));
        RequestReceipt receipt = asInsured.call(() -> voluntary.submit(form, pieces));
        assertTrue(receipt.reference().matches("AV-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Prestations", receipt.departmentName());
        assertTrue(assertThrows(InvalidFormException.class, () -> asInsured.call(() -> voluntary.submit(form, pieces)))
                .errors()
                .get("demande")
                .contains(receipt.reference()));

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals(List.of(), detail.warnings(), "the conditions still met");
        assertEquals("16,5 % (taux non confirmé par la CNSS)", detail.fields().get("Taux de cotisation"));
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });

        VoluntarySituation member = asInsured.call(() -> voluntary.situation());
        assertTrue(member.member());
        assertEquals(24_750, member.membership().monthlyContribution());
        assertEquals(
                java.time.YearMonth.from(today).plusMonths(1),
                member.membership().firstMonth());
        assertEquals(receipt.reference(), member.membership().requestReference());
        assertTrue(assertThrows(InvalidFormException.class, () -> asInsured.call(() -> voluntary.submit(form, pieces)))
                .errors()
                .get("demande")
                .startsWith("Votre assurance volontaire est déjà ouverte"));
        paysTwoMonthsByMobileMoneyIntoTheIndividualAccount(today);
    }

    /** The member pays two months by mobile money: the demo aggregator confirms, the months count. */
    private void paysTwoMonthsByMobileMoneyIntoTheIndividualAccount(LocalDate today) {
        var situation = asInsured.call(() -> voluntaryPayments.situation()).orElseThrow();
        assertEquals(List.of(), situation.unpaid(), "the first month is next month: nothing due yet");
        assertEquals(24_750, situation.monthlyContribution().value());
        String token = java.util.UUID.randomUUID().toString();
        assertEquals(
                Set.of("mois", "operateur", "telephone"),
                assertThrows(
                                InvalidFormException.class,
                                () -> asInsured.call(() -> voluntaryPayments.start(
                                        new VoluntaryPaymentForm(0, "ORANGE", "22 21 00 00", token))))
                        .errors()
                        .keySet());
        VoluntaryPaymentForm two = new VoluntaryPaymentForm(2, "FLOOZ", "99 12 34 56", token);
        MobilePaymentView started = asInsured.call(() -> voluntaryPayments.start(two));
        assertEquals(49_500, started.amount().value());
        assertEquals(
                started.reference(),
                asInsured.call(() -> voluntaryPayments.start(two)).reference(),
                "a double click");
        MobilePaymentView settled = Eventually.await(
                "the demo aggregator's notification",
                Duration.ofSeconds(30),
                () -> asInsured
                        .call(() -> voluntaryPayments.find(started.reference()))
                        .orElseThrow(),
                view -> !view.pending());
        assertTrue(settled.confirmed(), settled.toString());
        var paid = asInsured
                .call(() -> voluntaryPayments.situation())
                .orElseThrow()
                .paid();
        java.time.YearMonth first = java.time.YearMonth.from(today).plusMonths(1);
        assertEquals(
                List.of(first, first.plusMonths(1)),
                paid.stream().map(VoluntaryPaymentSituation.PaidMonth::month).toList());
        byte[] receipt = asInsured
                .call(() -> voluntaryPayments.receipt(started.reference()))
                .orElseThrow();
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(receipt, 4));
        assertTrue(asSomeoneElse
                .call(() -> voluntaryPayments.receipt(started.reference()))
                .isEmpty());
        var account = asInsured.call(() -> individualAccounts.mine());
        assertEquals(24 + 2, account.career().monthsCounted(), "the months paid count for the pension");
        assertTrue(
                account.movements()
                        .get(0)
                        .label()
                        .startsWith("Cotisation volontaire " + started.reference() + " reçue : 2 mois"),
                account.movements().toString());
    }

    private static String uniqueName() {
        StringBuilder name = new StringBuilder("K");
        java.util.concurrent.ThreadLocalRandom.current()
                .ints(7, 'a', 'z' + 1)
                .forEach(letter -> name.append((char) letter));
        return name.toString();
    }

    private InvalidFormException refused(IndividualCertificateForm form) {
        return assertThrows(InvalidFormException.class, () -> asInsured.call(() -> attestations.submit(form)));
    }
}
