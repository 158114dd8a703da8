package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.control.VoluntaryContributions;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.payment.control.PaymentGateways;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.payment.entity.MobilePaymentStatus;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.EmployerAccounts;

/**
 * The aggregator's notification that a mobile payment succeeded or failed
 * ({@code POST /api/v1/paiements/notifications}). Accepted only signed ({@link NotificationSignature});
 * idempotent twice over: the same {@code Idempotency-Key} and body get the same answer again (another
 * body under that key: 422), and a payment settles once — a second notice of the same outcome
 * changes nothing, of the opposite outcome is refused (422). A success credits the contributor
 * account at the day the aggregator received the money, and tells the employer.
 */
@Stateless
@PermitAll
public class PaymentNotifications {

    static final String ENDPOINT = "paiements/notifications";

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedNotices notices;

    @Inject
    PaymentGateways gateways;

    @Inject
    ContributorLedger ledger;

    @Inject
    VoluntaryContributions voluntary;

    @Inject
    EmployerAccounts employerAccounts;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ApiAnswer receive(String signature, String idempotencyKey, String body, String address) {
        String text = body == null ? "" : body;
        boolean signed = NotificationSignature.matches(
                text, signature, gateways.notificationSecret().orElse(null));
        return audited(
                "agrégateur de paiement mobile",
                address,
                notices.answer(signed, ENDPOINT, idempotencyKey, text, this::settle));
    }

    /**
     * The same notification from a partner client of the API (an operator, a bank), its token
     * already checked: signed with the key of one of its secrets in force ({@code signingKeys},
     * two during a rotation's overlap), its idempotency keys its own.
     */
    public ApiAnswer receiveFromPartner(
            String clientId,
            String actor,
            List<String> signingKeys,
            String signature,
            String idempotencyKey,
            String body,
            String address) {
        String text = body == null ? "" : body;
        boolean signed = signingKeys.stream().anyMatch(key -> NotificationSignature.matches(text, signature, key));
        return audited(
                actor, address, notices.answer(signed, ENDPOINT + " " + clientId, idempotencyKey, text, this::settle));
    }

    private ApiAnswer audited(String actor, String address, ApiAnswer answer) {
        audit.record(
                actor, address, AuditAction.PARTNER_CALL, String.valueOf(answer.status()), "POST /api/v1/" + ENDPOINT);
        return answer;
    }

    private ApiAnswer settle(String body) {
        JsonObject notice;
        String transaction;
        String reference;
        String outcome;
        long amount;
        Instant receivedAt;
        try (var reader = Json.createReader(new StringReader(body))) {
            notice = reader.readObject();
            transaction = notice.getString("transactionId");
            reference = notice.getString("reference");
            outcome = notice.getString("status");
            amount = notice.getJsonNumber("amount").longValueExact();
            receivedAt = Instant.parse(notice.getString("receivedAt"));
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException unreadable) {
            return ApiAnswer.error(
                    ProblemType.INVALID_REQUEST,
                    "Notification illisible : JSON attendu avec transactionId, reference, status (SUCCESS ou"
                            + " FAILED), amount (francs, entier) et receivedAt (ISO-8601).");
        }
        if (!outcome.equals("SUCCESS") && !outcome.equals("FAILED")) {
            return ApiAnswer.error(ProblemType.INVALID_REQUEST, "status : SUCCESS ou FAILED.");
        }
        MobilePayment payment = em.createQuery(
                        "SELECT p FROM MobilePayment p WHERE p.reference = :reference", MobilePayment.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (payment == null) {
            return ApiAnswer.error(ProblemType.UNPROCESSABLE, "Paiement inconnu : " + reference + ".");
        }
        if (payment.getGatewayTransaction() != null
                && !payment.getGatewayTransaction().equals(transaction)) {
            return ApiAnswer.error(ProblemType.UNPROCESSABLE, "Ce paiement est celui d'une autre transaction.");
        }
        if (payment.getAmount() != amount) {
            return ApiAnswer.error(
                    ProblemType.UNPROCESSABLE,
                    "Montant différent du paiement demandé (" + payment.getAmount() + " francs).");
        }
        MobilePaymentStatus wanted =
                outcome.equals("SUCCESS") ? MobilePaymentStatus.CONFIRMED : MobilePaymentStatus.FAILED;
        if (payment.getStatus() == MobilePaymentStatus.PENDING) {
            if (payment.getGatewayTransaction() == null) {
                payment.startedAs(transaction);
            }
            Instant now = clock.instant();
            if (wanted == MobilePaymentStatus.CONFIRMED) {
                confirm(payment, now, receivedAt.atZone(Clocks.LOME).toLocalDate());
            } else {
                payment.fail(now, notice.getString("reason", null));
                tell(
                        payment,
                        "Paiement mobile " + payment.getReference() + " non abouti",
                        "Votre paiement mobile de "
                                + Francs.of(payment.getAmount()).display() + " n'a pas abouti : "
                                + payment.getFailureReason()
                                + ". Rien n'a été porté à votre compte ; vous pouvez réessayer.");
            }
        } else if (payment.getStatus() != wanted) {
            return ApiAnswer.error(
                    ProblemType.UNPROCESSABLE,
                    "Paiement déjà réglé autrement (" + payment.getStatus().label()
                            + ") : notification contraire refusée.");
        }
        return new ApiAnswer(
                200,
                Json.createObjectBuilder()
                        .add("reference", payment.getReference())
                        .add("statut", payment.getStatus().name())
                        .build()
                        .toString());
    }

    private void confirm(MobilePayment payment, Instant now, LocalDate receivedOn) {
        payment.confirm(now, receivedOn);
        if (payment.isVoluntaryInsurance()) {
            List<YearMonth> months = voluntary.credit(
                    InsuredNumber.parse(payment.getInsuredNumber()),
                    payment.getAmount(),
                    receivedOn,
                    payment.getReference(),
                    now);
            tell(
                    payment,
                    "Paiement mobile " + payment.getReference() + " reçu",
                    "La CNSS a reçu votre paiement mobile de "
                            + Francs.of(payment.getAmount()).display() + " le "
                            + receivedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                            + " : " + months.size() + " mois d'assurance volontaire payés ("
                            + months.stream().map(MonthLabels::of).collect(java.util.stream.Collectors.joining(", "))
                            + "), portés à votre compte individuel.");
            return;
        }
        ledger.post(LedgerEntry.payment(
                payment.getEmployerNumber(),
                payment.getAmount(),
                receivedOn,
                now,
                payment.getReference(),
                "Paiement mobile " + payment.getOperator().label() + " " + payment.getPhone()));
        tell(
                payment,
                "Paiement mobile " + payment.getReference() + " reçu",
                "La CNSS a reçu votre paiement mobile de "
                        + Francs.of(payment.getAmount()).display() + " le "
                        + receivedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " ; il est porté au crédit de votre compte cotisant à cette date. Le reçu est sur la page"
                        + " du paiement.");
    }

    private void tell(MobilePayment payment, String subject, String body) {
        if (payment.isVoluntaryInsurance()) {
            // the insured person who paid: his own account, on the page of his voluntary insurance
            notifications.inApp(payment.getRequestedBy(), subject, body, "/assure/assurance-volontaire.xhtml");
            return;
        }
        String link = "/employeur/paiement-mobile.xhtml?ref=" + payment.getReference();
        for (String account : employerAccounts.of(EmployerNumber.parse(payment.getEmployerNumber()))) {
            notifications.inApp(account, subject, body, link);
        }
    }
}
