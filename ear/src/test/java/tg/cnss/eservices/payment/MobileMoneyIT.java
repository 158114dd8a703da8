package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.kernel.ReadableCodes;
import tg.cnss.eservices.payment.boundary.MobilePaymentForm;
import tg.cnss.eservices.payment.boundary.MobilePaymentView;
import tg.cnss.eservices.payment.boundary.MobilePayments;
import tg.cnss.eservices.payment.control.DemoPaymentGateway;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;

/**
 * Mobile money in the real server: the employer starts a payment (a double click starts one), the
 * demo aggregator's signed notification credits the account at the day received; the notification
 * endpoint refuses what is not signed, answers a replay as the first time, refuses another body
 * under a used key and a contrary outcome, and never credits a payment twice.
 */
@ExtendWith(ArquillianExtension.class)
class MobileMoneyIT {

    private static final URI ENDPOINT = URI.create("http://localhost:8080/api/v1/paiements/notifications");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(MobileMoneyIT.class, GoodStandingSeeder.class);
    }

    @Inject
    MobilePayments payments;

    @Inject
    AccountStatements statements;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsQuitusEmployer asEmployer;

    @Inject
    GoodStandingSeeder seeder;

    /** An employer of its own for each test: money paid here never lands on another test's account. */
    private String employer;

    @BeforeEach
    void anEmployerOfItsOwn() {
        employer = seeder.seed(AsQuitusEmployer.EMAIL).canonical();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPaymentConfirmedOnThePhoneIsCreditedOnceAtTheDayReceived() {
        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> payments.start(new MobilePaymentForm(null, "22 21 00 01", 0L, token()))));
        assertEquals(
                List.of("operateur", "telephone", "montantMobile"),
                List.copyOf(refused.errors().keySet()));

        String token = token();
        MobilePaymentForm form = new MobilePaymentForm("TMONEY", "90 12 34 56", 12_345L, token);
        MobilePaymentView started = asEmployer.call(() -> payments.start(form));
        assertTrue(started.reference().matches("MM-\\d{4}-[0-9A-Z]{8}"), started.reference());
        assertTrue(started.pending());
        assertEquals(
                started.reference(), asEmployer.call(() -> payments.start(form)).reference(), "a double click");

        MobilePaymentView settled = Eventually.await(
                "the demo aggregator's notification",
                Duration.ofSeconds(30),
                () -> asEmployer.call(() -> payments.find(started.reference())).orElseThrow(),
                view -> !view.pending());
        assertTrue(settled.confirmed(), settled.toString());
        assertEquals(LocalDate.now(Clocks.LOME), settled.receivedOn());
        assertEquals(1, creditsOf(started.reference()).size());
        assertEquals(-12_345, creditsOf(started.reference()).get(0).getAmount());
    }

    @Test
    void theNotificationIsSignedIdempotentAndSettlesOnce() throws Exception {
        MobilePayment payment = pendingPayment(50_000);
        String transaction = "TX-" + UUID.randomUUID();
        String success = notice(transaction, payment.getReference(), "SUCCESS", 50_000);

        assertEquals(401, post(success, null, "K-" + UUID.randomUUID()).statusCode(), "unsigned");
        assertEquals(
                401,
                post(success, NotificationSignature.of(success, "pas-le-bon-secret"), "K-x")
                        .statusCode());
        assertEquals(400, post(success, signed(success), null).statusCode(), "no idempotency key");
        assertTrue(creditsOf(payment.getReference()).isEmpty());

        String key = "K-" + UUID.randomUUID();
        HttpResponse<String> first = post(success, signed(success), key);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"statut\":\"CONFIRMED\""), first.body());
        HttpResponse<String> replay = post(success, signed(success), key);
        assertEquals(200, replay.statusCode());
        assertEquals(first.body(), replay.body(), "the same answer again");

        String other = notice(transaction, payment.getReference(), "SUCCESS", 49_999);
        assertEquals(422, post(other, signed(other), key).statusCode(), "another body under a used key");
        assertEquals(
                200, post(success, signed(success), "K-" + UUID.randomUUID()).statusCode(), "the same notice, new key");
        String failed = notice(transaction, payment.getReference(), "FAILED", 50_000);
        HttpResponse<String> contrary = post(failed, signed(failed), "K-" + UUID.randomUUID());
        assertEquals(422, contrary.statusCode(), contrary.body());
        assertEquals(1, creditsOf(payment.getReference()).size(), "credited once");

        MobilePayment another = pendingPayment(20_000);
        String wrongAmount = notice("TX-" + UUID.randomUUID(), another.getReference(), "SUCCESS", 2_000);
        assertEquals(
                422,
                post(wrongAmount, signed(wrongAmount), "K-" + UUID.randomUUID()).statusCode());
        String unknown = notice("TX-" + UUID.randomUUID(), "MM-2026-INCONNU2", "SUCCESS", 2_000);
        assertEquals(
                422, post(unknown, signed(unknown), "K-" + UUID.randomUUID()).statusCode());
        assertEquals(
                400,
                post("{pas du json", signed("{pas du json"), "K-" + UUID.randomUUID())
                        .statusCode());
    }

    private MobilePayment pendingPayment(long amount) {
        return probe.persist(new MobilePayment(
                "MM-" + LocalDate.now().getYear() + "-" + ReadableCodes.random(8),
                employer,
                MobileOperator.FLOOZ,
                "+22899000001",
                amount,
                token(),
                AsQuitusEmployer.EMAIL,
                Instant.now()));
    }

    private List<LedgerEntry> creditsOf(String reference) {
        return probe.apply(em -> statements.linesOf(employer)).stream()
                .filter(line -> line.getSourceReference().equals(reference))
                .toList();
    }

    private static String notice(String transaction, String reference, String status, long amount) {
        return Json.createObjectBuilder()
                .add("transactionId", transaction)
                .add("reference", reference)
                .add("status", status)
                .add("amount", amount)
                .add("receivedAt", Instant.now().toString())
                .build()
                .toString();
    }

    private static String signed(String body) {
        return NotificationSignature.of(body, DemoPaymentGateway.DEMO_SECRET);
    }

    private HttpResponse<String> post(String body, String signature, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(ENDPOINT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(NotificationSignature.HEADER, signature);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
