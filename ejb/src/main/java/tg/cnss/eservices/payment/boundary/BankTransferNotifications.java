package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.payment.control.StatementLine;
import tg.cnss.eservices.payment.control.StatementMatching;
import tg.cnss.eservices.payment.control.UnmatchedTransferKind;
import tg.cnss.eservices.payment.entity.BankStatementLine;
import tg.cnss.eservices.payment.entity.PaymentNotice;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.CnssBankAccount;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * A bank's notification that a transfer reached the CNSS account it keeps
 * ({@code POST /api/v1/paiements/virements}): a line of that account's statement, delivered as it
 * happens rather than imported later. Signed and idempotent like every notification
 * ({@link SignedNotices}); one notification per bank transaction (another key for the same
 * transaction: 409). Matched to the payment notice it pays — same amount, within the days around
 * the day reported, the notice's bank reference or the employer's number in the label, one notice
 * only — where Recouvrement confirms it first among the lines offered; a transfer no notice claims
 * becomes a request "Virement non rapproché" for Recouvrement.
 */
@Stateless
@PermitAll
public class BankTransferNotifications {

    static final String ENDPOINT = "paiements/virements";
    private static final int TRANSACTION_MAX = 60;
    private static final int LABEL_MAX = 300;
    private static final long AMOUNT_MAX = 1_000_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedNotices notices;

    @Inject
    ReferenceData referenceData;

    @Inject
    RequestSubmission submission;

    @Inject
    UnmatchedTransferKind unmatched;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A transfer read from the bank's notification. */
    private record Transfer(String transactionId, long amount, LocalDate valueDate, String label, String payerName) {}

    /**
     * From a bank's client of the API, its token already checked; {@code bankCode}: the CNSS account
     * it keeps (empty when the client is not a bank's), {@code signingKeys}: those of its secrets in
     * force.
     */
    public ApiAnswer receive(
            String clientId,
            String actor,
            Optional<String> bankCode,
            List<String> signingKeys,
            String signature,
            String idempotencyKey,
            String body,
            String address) {
        String text = body == null ? "" : body;
        ApiAnswer answer;
        Optional<CnssBankAccount> bank = bankCode.flatMap(code -> referenceData.cnssBankAccounts().stream()
                .filter(account -> account.getCode().equals(code))
                .findFirst());
        if (bank.isEmpty()) {
            answer = ApiAnswer.error(
                    ProblemType.SCOPE_MISSING,
                    "Seule une banque dont la CNSS a enregistré le compte tenu notifie des virements.");
        } else {
            boolean signed = signingKeys.stream().anyMatch(key -> NotificationSignature.matches(text, signature, key));
            answer = notices.answer(
                    signed, ENDPOINT + " " + clientId, idempotencyKey, text, json -> settle(bank.get(), actor, json));
        }
        audit.record(
                actor, address, AuditAction.PARTNER_CALL, String.valueOf(answer.status()), "POST /api/v1/" + ENDPOINT);
        return answer;
    }

    private ApiAnswer settle(CnssBankAccount bank, String actor, String body) {
        Transfer transfer;
        try {
            transfer = read(body);
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeParseException unreadable) {
            return ApiAnswer.error(
                    ProblemType.INVALID_REQUEST,
                    "Notification illisible : JSON attendu avec transactionId, amount (francs, entier), valueDate"
                            + " (AAAA-MM-JJ), label (le libellé du virement) et, si connu, payerName.");
        }
        Optional<String> refused = refusalOf(transfer);
        if (refused.isPresent()) {
            return ApiAnswer.error(ProblemType.UNPROCESSABLE, refused.get());
        }
        String lineKey = NotificationSignature.hashOf("api|" + bank.getCode() + "|" + transfer.transactionId());
        if (!em.createQuery("SELECT l.id FROM BankStatementLine l WHERE l.lineKey = :key", Long.class)
                .setParameter("key", lineKey)
                .getResultList()
                .isEmpty()) {
            return ApiAnswer.error(
                    ProblemType.CONFLICT,
                    "Virement " + transfer.transactionId() + " déjà notifié (sous une autre Idempotency-Key).");
        }
        // as a statement's line reads: the label, the payer, the bank's reference of the operation
        // (which a payer may have copied on his notice)
        String label = transfer.label()
                + (transfer.payerName() == null ? "" : " — " + transfer.payerName())
                + " — réf. " + transfer.transactionId();
        BankStatementLine line = new BankStatementLine(
                bank.getCode(), transfer.valueDate(), transfer.amount(), label, lineKey, clock.instant(), actor);
        em.persist(line);
        em.flush();
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("transactionId", transfer.transactionId())
                .add("montant", transfer.amount());
        Optional<ServiceRequest> notice = noticePaidBy(bank.getCode(), line);
        if (notice.isPresent()) {
            return new ApiAnswer(
                    200,
                    answer.add("statut", "RAPPROCHE")
                            .add("avis", notice.get().getReference().toString())
                            .build()
                            .toString());
        }
        RequestReceipt receipt = submission.submit(
                unmatched,
                new RequestSubmission.Requester(null, "", bank.getBankName() + " (notification de virement)", null),
                Francs.of(transfer.amount()).display() + " — " + bank.getCode() + " du " + transfer.valueDate() + " — "
                        + transfer.label(),
                new UnmatchedTransferKind.Transfer(
                        bank.getCode(),
                        bank.getBankName(),
                        transfer.transactionId(),
                        transfer.amount(),
                        transfer.valueDate(),
                        transfer.label(),
                        transfer.payerName(),
                        line.getId()),
                List.of());
        return new ApiAnswer(
                200,
                answer.add("statut", "A_IDENTIFIER")
                        .add("demande", receipt.reference())
                        .build()
                        .toString());
    }

    private static Transfer read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject notice = reader.readObject();
            return new Transfer(
                    notice.getString("transactionId").strip(),
                    notice.getJsonNumber("amount").longValueExact(),
                    LocalDate.parse(notice.getString("valueDate")),
                    notice.getString("label").strip(),
                    notice.isNull("payerName") || !notice.containsKey("payerName")
                            ? null
                            : notice.getString("payerName").strip());
        }
    }

    private Optional<String> refusalOf(Transfer transfer) {
        if (transfer.transactionId().isEmpty() || transfer.transactionId().length() > TRANSACTION_MAX) {
            return Optional.of("transactionId : de 1 à " + TRANSACTION_MAX + " caractères.");
        }
        if (transfer.amount() <= 0 || transfer.amount() > AMOUNT_MAX) {
            return Optional.of("amount : un montant positif en francs, entier.");
        }
        if (transfer.valueDate()
                .isAfter(LocalDate.now(clock.withZone(Clocks.LOME)).plusDays(1))) {
            return Optional.of("valueDate : une date de valeur à venir ne se notifie pas encore.");
        }
        if (transfer.label().isEmpty() || transfer.label().length() > LABEL_MAX) {
            return Optional.of("label : le libellé du virement, de 1 à " + LABEL_MAX + " caractères.");
        }
        return Optional.empty();
    }

    /**
     * The open payment notice this line pays: of the same bank and amount, near the day reported,
     * quoting its bank reference or the employer's number — the strongest, when no other is as strong.
     */
    private Optional<ServiceRequest> noticePaidBy(String bankCode, BankStatementLine line) {
        StatementMatching.Candidate candidate = new StatementMatching.Candidate(
                line.getId(), new StatementLine(0, line.getValueDate(), line.getAmount(), line.getLabel()));
        List<Object[]> open = em.createQuery(
                        "SELECT n, r FROM PaymentNotice n, ServiceRequest r WHERE r.id = n.requestId"
                                + " AND n.bankCode = :bank AND n.amount = :amount AND r.status IN :open",
                        Object[].class)
                .setParameter("bank", bankCode)
                .setParameter("amount", line.getAmount())
                .setParameter("open", RequestStatus.open())
                .getResultList();
        record Scored(ServiceRequest request, int strength) {}
        List<Scored> scored = open.stream()
                .flatMap(row -> {
                    PaymentNotice notice = (PaymentNotice) row[0];
                    return StatementMatching.proposals(
                                    new StatementMatching.Notice(
                                            notice.getBankReference(),
                                            tg.cnss.eservices.registration.entity.EmployerNumber.parse(
                                                            notice.getEmployerNumber())
                                                    .display(),
                                            notice.getAmount(),
                                            notice.getPaidOn()),
                                    List.of(candidate))
                            .stream()
                            .map(proposal -> new Scored((ServiceRequest) row[1], proposal.strength()));
                })
                .filter(match -> match.strength() > 0)
                .sorted(Comparator.comparingInt(Scored::strength).reversed())
                .toList();
        if (scored.isEmpty()
                || scored.size() > 1
                        && scored.get(1).strength() == scored.get(0).strength()) {
            return Optional.empty();
        }
        return Optional.of(scored.get(0).request());
    }
}
