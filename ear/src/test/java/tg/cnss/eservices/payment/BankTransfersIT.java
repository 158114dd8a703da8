package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.partner.boundary.PartnerClients;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.payment.boundary.BankNoticeForm;
import tg.cnss.eservices.payment.boundary.Payments;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Banks notify the transfers they receive for the CNSS over the partner API (black box over HTTP,
 * then Recouvrement's worklist in the server): a transfer matched to the payment notice it pays
 * and confirmed with it; one no notice claims becoming a "Virement non rapproché" that credits the
 * employer it names; an unknown payer rejected; a transfer credited once only; and the refusals —
 * a client that keeps no CNSS account, a bad signature, an unreadable or impossible transfer, the
 * same transaction notified twice (409), a replay answered alike.
 */
@ExtendWith(ArquillianExtension.class)
class BankTransfersIT {

    private static final String PATH = "/v1/paiements/virements";
    private static final List<UploadedFile> PROOF =
            List.of(new UploadedFile("avis-de-virement.pdf", SampleFiles.pdf("Avis de virement")));

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(
                BankTransfersIT.class, GoodStandingSeeder.class, PartnerApiCalls.class, SampleFiles.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsQuitusEmployer asEmployer;

    @Inject
    AsRecouvrementAgent asAgent;

    @Inject
    PartnerClients clients;

    @Inject
    Payments payments;

    @Inject
    Worklists worklists;

    @Inject
    AccountStatements accountStatements;

    @Inject
    GoodStandingSeeder seeder;

    @Inject
    PersistenceProbe probe;

    private final PartnerApiCalls api = new PartnerApiCalls();

    /** An employer of its own for each test, and an amount no other notice has. */
    private EmployerNumber employer;

    private long amount;

    @BeforeEach
    void anEmployerOfItsOwn() {
        employer = seeder.seed(AsQuitusEmployer.EMAIL);
        amount = 100_000L + ThreadLocalRandom.current().nextInt(1, 899_999);
    }

    @Test
    void aTransferIsMatchedToTheNoticeItPaysAndConfirmedWithIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LocalDate paidOn = LocalDate.now().minusDays(2);
        RequestReceipt notice = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("BTCI", false, paidOn, amount, "VIR " + unique), PROOF));
        PartnerClients.NewSecret bank = bank("BTCI");
        String bearer = api.bearer(bank);
        String body =
                transfer("BTCI-" + unique, amount, paidOn.plusDays(1), "VIR" + unique + " COTISATIONS " + employer);
        String key = "K-" + UUID.randomUUID();

        HttpResponse<String> matched = api.notifySigned(PATH, body, bank, bearer, key);
        assertEquals(200, matched.statusCode(), matched.body());
        JsonObject answer = json(matched);
        assertEquals("RAPPROCHE", answer.getString("statut"));
        assertEquals(notice.reference(), answer.getString("avis"));
        assertEquals(amount, answer.getJsonNumber("montant").longValue());
        assertEquals(
                matched.body(), api.notifySigned(PATH, body, bank, bearer, key).body(), "rejouée à l'identique");
        assertProblem(api.notifySigned(PATH, body, bank, bearer, "K-" + UUID.randomUUID()), 409, "conflit");
        String changed = body.replace("\"amount\":" + amount, "\"amount\":" + (amount + 1));
        assertProblem(api.notifySigned(PATH, changed, bank, bearer, key), 422, "cle-idempotence-reutilisee");

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, notice.reference()).id();
        var first = asAgent.call(() -> worklists.detail(item)).approvalOptions().get(0);
        assertTrue(first.value().startsWith("ligne:") && first.label().contains("BTCI-" + unique), first.label());
        decide(item, first.value());
        LedgerEntry credit = creditOf(notice.reference());
        assertEquals(-amount, credit.getAmount());
        assertEquals(paidOn.plusDays(1), credit.getValueDate(), "crédité à la date de valeur notifiée");
    }

    @Test
    void aTransferNoNoticeClaimsGoesToRecouvrementWhoCreditsTheEmployerItNames() throws Exception {
        PartnerClients.NewSecret bank = bank("ECOBANK");
        LocalDate valueDate = LocalDate.now().minusDays(1);
        String transaction = "ECO-" + UUID.randomUUID();
        HttpResponse<String> unmatched = api.notifySigned(
                PATH,
                transfer(transaction, amount, valueDate, "VIREMENT COTISATIONS " + employer.canonical()),
                bank,
                api.bearer(bank),
                "K-" + UUID.randomUUID());
        assertEquals(200, unmatched.statusCode(), unmatched.body());
        assertEquals("A_IDENTIFIER", json(unmatched).getString("statut"));
        String request = json(unmatched).getString("demande");
        assertTrue(request.matches("VR-\\d{4}-\\d{6}"), request);

        long item = WorklistProbe.awaitItem(asAgent, worklists, request).id();
        RequestDetail detail = asAgent.call(() -> worklists.detail(item));
        assertEquals("Recouvrement", detail.departmentName(), detail.toString());
        assertEquals(
                1, detail.approvalOptions().size(), detail.approvalOptions().toString());
        assertEquals(
                "employeur:" + employer.canonical(),
                detail.approvalOptions().get(0).value());
        assertTrue(detail.approvalOptions().get(0).label().contains("numéro cité dans le libellé"));
        decide(item, detail.approvalOptions().get(0).value());

        LedgerEntry credit = creditOf(request);
        assertEquals(-amount, credit.getAmount());
        assertEquals(valueDate, credit.getValueDate());
        assertTrue(credit.getLabel().contains(transaction), credit.getLabel());
        assertEquals(
                RequestStatus.APPROVED, asAgent.call(() -> worklists.item(item)).status());

        // The employer then reports the same payment: the agent is warned it was credited already.
        RequestReceipt notice = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("ECOBANK", false, valueDate, amount, "ECO 8812"), PROOF));
        long noticeItem =
                WorklistProbe.awaitItem(asAgent, worklists, notice.reference()).id();
        List<String> warnings = asAgent.call(() -> worklists.detail(noticeItem)).warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith(
                                "Un virement de même montant notifié par la banque a déjà été crédité (demande "
                                        + request)),
                warnings.toString());
    }

    @Test
    void aTransferIsCreditedOnceWhetherByItsNoticeOrAsUnmatched() throws Exception {
        PartnerClients.NewSecret bank = bank("ORABANK");
        LocalDate valueDate = LocalDate.now().minusDays(1);
        HttpResponse<String> unmatched = api.notifySigned(
                PATH,
                transfer("ORA-" + UUID.randomUUID(), amount, valueDate, "VERSEMENT ESPECES"),
                bank,
                api.bearer(bank),
                "K-" + UUID.randomUUID());
        String request = json(unmatched).getString("demande");
        long transferItem = WorklistProbe.awaitItem(asAgent, worklists, request).id();
        RequestDetail detail = asAgent.call(() -> worklists.detail(transferItem));
        assertTrue(detail.approvalOptions().isEmpty(), detail.approvalOptions().toString());
        assertTrue(
                detail.warnings().stream().anyMatch(w -> w.startsWith("Aucun employeur n'est reconnu")),
                detail.warnings().toString());

        // The employer then reports the payment: the notified line is offered, and confirmed with it.
        RequestReceipt notice = asEmployer.call(
                () -> payments.submit(new BankNoticeForm("ORABANK", true, valueDate, amount, "DEPOT 4471"), PROOF));
        long noticeItem =
                WorklistProbe.awaitItem(asAgent, worklists, notice.reference()).id();
        String line = asAgent.call(() -> worklists.detail(noticeItem))
                .approvalOptions()
                .get(0)
                .value();
        assertTrue(line.startsWith("ligne:"), line);
        decide(noticeItem, line);

        asAgent.call(() -> {
            worklists.take(transferItem, worklists.item(transferItem).revision());
            return null;
        });
        assertTrue(asAgent.call(() -> worklists.detail(transferItem)).warnings().stream()
                .anyMatch(w -> w.equals("Ce virement est déjà rapproché de la demande " + notice.reference()
                        + " : rejetez celle-ci comme demande en double.")));
        EJBException twice = assertThrows(
                EJBException.class,
                () -> asAgent.call(() -> {
                    worklists.approve(transferItem, worklists.item(transferItem).revision(), null, null);
                    return null;
                }));
        assertTrue(String.valueOf(twice.getCause()).contains("Choisissez l'employeur"), String.valueOf(twice));
        asAgent.call(() -> {
            worklists.reject(
                    transferItem,
                    worklists.item(transferItem).revision(),
                    RejectionReason.DUPLICATE,
                    "Rapproché de l'avis " + notice.reference());
            return null;
        });
        assertEquals(1, creditsOf(amount), "crédité une seule fois");
    }

    @Test
    void transfersAreRefusedFromAClientKeepingNoAccountBadlySignedUnreadableOrImpossible() throws Exception {
        PartnerClients.NewSecret operator = asAdmin.call(() -> clients.register(
                "Opérateur " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.MOBILE_MONEY,
                "BTCI",
                EnumSet.of(PartnerScope.PAIEMENTS),
                600));
        String body = transfer("TX-" + UUID.randomUUID(), amount, LocalDate.now(), "VIR COTISATIONS");
        assertProblem(
                api.notifySigned(PATH, body, operator, api.bearer(operator), "K-" + UUID.randomUUID()),
                403,
                "portee-insuffisante");

        PartnerClients.NewSecret bank = bank("UTB");
        String bearer = api.bearer(bank);
        assertProblem(
                api.notify(PATH, body, bearer, "sha256=" + "0".repeat(64), "K-" + UUID.randomUUID()),
                401,
                "signature-invalide");
        assertProblem(api.notify(PATH, body, null, "sha256=00", "K-1"), 401, "authentification-requise");
        assertProblem(
                api.notifySigned(PATH, "{\"transactionId\":\"T\"}", bank, bearer, "K-" + UUID.randomUUID()),
                400,
                "requete-invalide");
        String future =
                transfer("TX-" + UUID.randomUUID(), amount, LocalDate.now().plusDays(5), "VIR");
        HttpResponse<String> refused = api.notifySigned(PATH, future, bank, bearer, "K-" + UUID.randomUUID());
        assertProblem(refused, 422, "donnees-refusees");
        assertTrue(json(refused).getString("detail").startsWith("valueDate"), refused.body());
        assertProblem(
                api.notifySigned(
                        PATH,
                        transfer("TX-" + UUID.randomUUID(), -5, LocalDate.now(), "VIR"),
                        bank,
                        bearer,
                        "K-" + UUID.randomUUID()),
                422,
                "donnees-refusees");

        InvalidFormException noAccount = assertThrows(
                InvalidFormException.class,
                () -> asAdmin.call(() -> clients.register(
                        "Banque sans compte", PartnerKind.BANK, null, EnumSet.of(PartnerScope.PAIEMENTS), 60)));
        assertTrue(noAccount.errors().containsKey("banque"), noAccount.errors().toString());
    }

    // ---- helpers

    private PartnerClients.NewSecret bank(String code) {
        return asAdmin.call(() -> clients.register(
                "Banque " + code + " " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.BANK,
                code,
                EnumSet.of(PartnerScope.PAIEMENTS),
                600));
    }

    private static String transfer(String transactionId, long amount, LocalDate valueDate, String label) {
        return "{\"transactionId\":\"" + transactionId + "\",\"amount\":" + amount + ",\"valueDate\":\"" + valueDate
                + "\",\"label\":\"" + label + "\",\"payerName\":\"Donneur d'ordre\"}";
    }

    private void decide(long item, String option) {
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(item, worklists.item(item).revision(), null, option);
            return null;
        });
    }

    private LedgerEntry creditOf(String reference) {
        return probe.apply(em -> accountStatements.linesOf(employer.canonical())).stream()
                .filter(line -> line.getSourceReference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private long creditsOf(long credited) {
        return probe.apply(em -> accountStatements.linesOf(employer.canonical())).stream()
                .filter(line -> line.getAmount() == -credited)
                .count();
    }
}
