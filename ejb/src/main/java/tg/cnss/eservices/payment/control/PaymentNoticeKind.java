package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.entity.BankStatementLine;
import tg.cnss.eservices.payment.entity.PaymentNotice;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Paiement de Cotisation" by bank transfer or deposit (manual, Espace Employeurs item 4): the
 * employer says what he paid into which CNSS account, with the bank's proof; Recouvrement checks it
 * against the bank's statement — the lines of the statements it imported are offered, the
 * likeliest first — and confirms it: the money is then credited to the contributor account at the
 * line's value date (the date that stops surcharges), or at the day reported when the agent checked
 * the payment otherwise. Or it rejects it, for one of the reasons that fit a payment.
 */
@ApplicationScoped
public class PaymentNoticeKind implements RequestKind<PaymentNoticeKind.Notice> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_PROPOSALS = 5;

    /** The notice as filed. {@code deposit}: cash or cheque paid at the counter, else a transfer. */
    public record Notice(
            String employerNumber,
            String employerName,
            String bankCode,
            String bankName,
            String accountNumber,
            boolean deposit,
            LocalDate paidOn,
            long amount,
            String bankReference,
            String paymentReference,
            long owedWhenFiled) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ContributorLedger ledger;

    @Inject
    StatementProposals proposals;

    @Override
    public String code() {
        return "PAYMENT_NOTICE";
    }

    @Override
    public String prefix() {
        return "AP";
    }

    @Override
    public String label() {
        return "Avis de paiement de cotisations";
    }

    @Override
    public String pluralLabel() {
        return "Paiements de cotisations";
    }

    @Override
    public Class<Notice> payloadType() {
        return Notice.class;
    }

    @Override
    public List<FieldSection> sections(Notice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Employeur", notice.employerNumber() + " — " + notice.employerName());
        fields.put("Mode de paiement", notice.deposit() ? "Dépôt bancaire" : "Virement bancaire");
        fields.put("Banque", notice.bankName());
        fields.put("Compte de la CNSS crédité", notice.accountNumber());
        fields.put("Date de l'opération", notice.paidOn().format(DAY));
        fields.put("Montant", Francs.of(notice.amount()).display());
        fields.put("Référence de l'opération (banque)", notice.bankReference());
        fields.put("Référence de paiement CNSS citée", notice.paymentReference());
        fields.put(
                "Reste à payer au dépôt de l'avis",
                Francs.of(notice.owedWhenFiled()).display());
        return List.of(new FieldSection("Paiement de cotisation", fields));
    }

    /** What the agent must check: the same bank reference filed before, an amount above what was owed. */
    @Override
    public List<String> warnings(ServiceRequest request, Notice notice) {
        List<String> warnings = new ArrayList<>();
        em.createQuery(
                        "SELECT n FROM PaymentNotice n WHERE n.bankCode = :bank AND n.bankReference = :reference"
                                + " AND n.requestId <> :self ORDER BY n.requestId",
                        PaymentNotice.class)
                .setParameter("bank", notice.bankCode())
                .setParameter("reference", PaymentNotice.normalised(notice.bankReference()))
                .setParameter("self", request.getId())
                .getResultStream()
                .forEach(other -> {
                    ServiceRequest earlier = em.find(ServiceRequest.class, other.getRequestId());
                    warnings.add("Même référence bancaire que l'avis " + earlier.getReference() + " ("
                            + Francs.of(other.getAmount()).display() + " du "
                            + other.getPaidOn().format(DAY) + ", "
                            + earlier.getStatus().label().toLowerCase(java.util.Locale.FRENCH) + ") : un paiement"
                            + " déclaré deux fois ?");
                });
        // A transfer the bank notified and Recouvrement credited as unmatched may come back in an
        // imported statement as another line: the same money must not be credited twice.
        em.createQuery(
                        "SELECT r.reference, l.valueDate FROM BankStatementLine l, ServiceRequest r"
                                + " WHERE r.id = l.matchedRequestId AND r.kind = :kind AND l.bankCode = :bank"
                                + " AND l.amount = :amount AND l.valueDate BETWEEN :from AND :to ORDER BY l.valueDate",
                        Object[].class)
                .setParameter("kind", UnmatchedTransferKind.CODE)
                .setParameter("bank", notice.bankCode())
                .setParameter("amount", notice.amount())
                .setParameter("from", notice.paidOn().minusDays(StatementMatching.DAYS_AROUND))
                .setParameter("to", notice.paidOn().plusDays(StatementMatching.DAYS_AROUND))
                .getResultStream()
                .forEach(credited -> warnings.add("Un virement de même montant notifié par la banque a déjà été crédité"
                        + " (demande " + credited[0] + ", valeur du " + ((LocalDate) credited[1]).format(DAY)
                        + ") : vérifiez qu'il ne s'agit pas du même paiement avant de confirmer."));
        if (notice.amount() > notice.owedWhenFiled()) {
            warnings.add("Montant supérieur au reste à payer au dépôt de l'avis ("
                    + Francs.of(notice.owedWhenFiled()).display() + ") : le surplus restera en avance sur le compte.");
        }
        return warnings;
    }

    @Override
    public List<RejectionReason> rejectionReasons() {
        return List.of(
                RejectionReason.PAYMENT_NOT_RECEIVED,
                RejectionReason.AMOUNT_MISMATCH,
                RejectionReason.DUPLICATE,
                RejectionReason.INCOMPLETE,
                RejectionReason.OTHER);
    }

    /** Option: the date the employer reported, when no imported statement holds the money. */
    static final String AS_REPORTED = "declaree";

    private static final String LINE = "ligne:";

    /**
     * The lines of the bank's imported statements that may be this payment, the likeliest first
     * (confirming with one credits at its value date), and the day reported by the employer, for
     * a payment checked otherwise (the bank's own site).
     */
    @Override
    public List<ApprovalOption> approvalOptions(ServiceRequest request, Notice notice) {
        List<ApprovalOption> options = new ArrayList<>();
        for (StatementMatching.Proposal proposal : proposalsFor(notice)) {
            StatementLine line = proposal.candidate().line();
            options.add(new ApprovalOption(
                    LINE + proposal.candidate().id(),
                    "Rapprocher du relevé " + notice.bankCode() + " : "
                            + Francs.of(line.amount()).display()
                            + " en valeur du " + line.valueDate().format(DAY) + ", « " + line.label() + " » ("
                            + proposal.why() + ") — crédit à cette date de valeur"));
        }
        options.add(new ApprovalOption(
                AS_REPORTED,
                "Confirmer sans relevé importé, paiement vérifié auprès de la banque : crédit au "
                        + notice.paidOn().format(DAY) + " (date déclarée)"));
        return options;
    }

    /** Confirmed: the money credited at the value date of the statement line, or at the day reported. */
    @Override
    public Optional<String> onApproval(ServiceRequest request, Notice notice, Instant at, String option) {
        LocalDate receivedOn;
        if (AS_REPORTED.equals(option)) {
            receivedOn = notice.paidOn();
        } else if (option != null && option.startsWith(LINE)) {
            BankStatementLine line = lineFor(option, notice);
            line.matchTo(request.getId());
            receivedOn = line.getValueDate();
        } else {
            throw new IllegalArgumentException(
                    "Choisissez la ligne du relevé qui porte ce paiement, ou la date déclarée.");
        }
        ledger.post(LedgerEntry.payment(
                tg.cnss.eservices.registration.entity.EmployerNumber.parse(notice.employerNumber())
                        .canonical(),
                notice.amount(),
                receivedOn,
                at,
                request.getReference().toString(),
                (notice.deposit() ? "Dépôt " : "Virement ") + notice.bankCode() + " réf. " + notice.bankReference()));
        return Optional.of("Paiement de " + Francs.of(notice.amount()).display() + " reçu le " + receivedOn.format(DAY)
                + ", porté au crédit de votre compte cotisant à cette date. Son reçu est sur la page"
                + " Paiement de Cotisation (Paiements reçus).");
    }

    private BankStatementLine lineFor(String option, Notice notice) {
        long id;
        try {
            id = Long.parseLong(option.substring(LINE.length()));
        } catch (NumberFormatException unreadable) {
            throw new IllegalArgumentException("Ligne de relevé inconnue : rechargez la page.", unreadable);
        }
        BankStatementLine line = em.find(BankStatementLine.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !line.getBankCode().equals(notice.bankCode()) || line.getAmount() != notice.amount()) {
            throw new IllegalArgumentException("Cette ligne de relevé ne correspond pas à l'avis : rechargez la page.");
        }
        if (line.isMatched()) {
            throw new IllegalArgumentException(
                    "Cette ligne de relevé est déjà rapprochée d'un autre avis : choisissez-en une autre.");
        }
        return line;
    }

    private List<StatementMatching.Proposal> proposalsFor(Notice notice) {
        return proposals
                .of(new StatementProposals.Request(
                        notice.bankCode(),
                        new StatementMatching.Notice(
                                notice.bankReference(), notice.employerNumber(), notice.amount(), notice.paidOn())))
                .stream()
                .limit(MAX_PROPOSALS)
                .toList();
    }
}
