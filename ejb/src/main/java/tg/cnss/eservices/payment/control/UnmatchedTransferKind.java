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
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.payment.entity.BankStatementLine;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.EmployerAccounts;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Virement non rapproché": money a bank notified through the partner API that no payment notice
 * claims. Recouvrement finds whose it is: the employer whose number the label quotes, or one whose
 * name is the payer's; approving credits that employer's contributor account at the value date
 * and tells him. The transfer stays a line of the bank's statement meanwhile: if the employer files
 * his notice before, the agent confirms the notice with it, and this request can only be rejected
 * as a duplicate — a transfer is credited once.
 */
@ApplicationScoped
public class UnmatchedTransferKind implements RequestKind<UnmatchedTransferKind.Transfer> {

    public static final String CODE = "UNMATCHED_TRANSFER";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String EMPLOYER = "employeur:";
    private static final int MAX_NAMESAKES = 5;

    /** The transfer as the bank notified it; {@code lineId}: its line of the bank's statement. */
    public record Transfer(
            String bankCode,
            String bankName,
            String transactionId,
            long amount,
            LocalDate valueDate,
            String label,
            String payerName,
            long lineId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ContributorLedger ledger;

    @Inject
    EmployerRegistry employers;

    @Inject
    EmployerAccounts employerAccounts;

    @Inject
    Notifications notifications;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String prefix() {
        return "VR";
    }

    @Override
    public String label() {
        return "Virement non rapproché";
    }

    @Override
    public String pluralLabel() {
        return "Virements non rapprochés";
    }

    @Override
    public Class<Transfer> payloadType() {
        return Transfer.class;
    }

    @Override
    public List<FieldSection> sections(Transfer transfer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Banque", transfer.bankName());
        fields.put("Référence de la transaction (banque)", transfer.transactionId());
        fields.put("Date de valeur", transfer.valueDate().format(DAY));
        fields.put("Montant", Francs.of(transfer.amount()).display());
        fields.put("Libellé", transfer.label());
        fields.put("Donneur d'ordre", transfer.payerName() == null ? "non indiqué" : transfer.payerName());
        return List.of(new FieldSection("Virement reçu (notifié par la banque)", fields));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Transfer transfer) {
        List<String> warnings = new ArrayList<>();
        BankStatementLine line = em.find(BankStatementLine.class, transfer.lineId());
        if (line != null && line.isMatched() && !line.getMatchedRequestId().equals(request.getId())) {
            ServiceRequest other = em.find(ServiceRequest.class, line.getMatchedRequestId());
            warnings.add("Ce virement est déjà rapproché de la demande " + other.getReference()
                    + " : rejetez celle-ci comme demande en double.");
        }
        if (payers(transfer).isEmpty()) {
            warnings.add("Aucun employeur n'est reconnu dans le libellé ni par le nom du donneur d'ordre :"
                    + " renseignez-vous auprès de la banque ; sans payeur identifié, rejetez (fonds à retourner).");
        }
        return warnings;
    }

    @Override
    public List<RejectionReason> rejectionReasons() {
        return List.of(RejectionReason.PAYER_NOT_IDENTIFIED, RejectionReason.DUPLICATE, RejectionReason.OTHER);
    }

    /** The employers the money may be from: the numbers the label quotes, then the payer's namesakes. */
    @Override
    public List<ApprovalOption> approvalOptions(ServiceRequest request, Transfer transfer) {
        return payers(transfer).stream()
                .map(payer -> new ApprovalOption(
                        EMPLOYER + payer.employer().getNumber().canonical(),
                        "Créditer le compte cotisant de " + payer.employer().getNumber()
                                + " — " + payer.employer().getName() + " (" + payer.why() + ") au "
                                + transfer.valueDate().format(DAY)))
                .toList();
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Transfer transfer, Instant at, String option) {
        Employer payer = payers(transfer).stream()
                .map(Payer::employer)
                .filter(employer -> (EMPLOYER + employer.getNumber().canonical()).equals(option))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Choisissez l'employeur à créditer parmi ceux proposés ; sans payeur identifié, rejetez."));
        BankStatementLine line = em.find(BankStatementLine.class, transfer.lineId(), LockModeType.PESSIMISTIC_WRITE);
        if (line.isMatched()) {
            throw new IllegalArgumentException("Ce virement est déjà rapproché d'une autre demande : rejetez celle-ci"
                    + " comme demande en double.");
        }
        line.matchTo(request.getId());
        EmployerNumber number = payer.getNumber();
        ledger.post(LedgerEntry.payment(
                number.canonical(),
                transfer.amount(),
                transfer.valueDate(),
                at,
                request.getReference().toString(),
                "Virement " + transfer.bankCode() + " réf. " + transfer.transactionId()));
        String credited = "Virement de " + Francs.of(transfer.amount()).display() + " reçu par "
                + transfer.bankName() + " le " + transfer.valueDate().format(DAY)
                + ", porté au crédit de votre compte cotisant à cette date.";
        for (String account : employerAccounts.of(number)) {
            notifications.inApp(account, "Virement reçu", credited, "/employeur/compte-cotisant.xhtml");
        }
        return Optional.of("Crédité au compte cotisant de " + number + " — " + payer.getName() + " au "
                + transfer.valueDate().format(DAY) + ".");
    }

    private record Payer(Employer employer, String why) {}

    private List<Payer> payers(Transfer transfer) {
        List<Payer> payers = new ArrayList<>();
        for (EmployerNumber quoted : StatementMatching.quotedEmployers(transfer.label())) {
            employers
                    .findByNumber(quoted)
                    .ifPresent(found -> payers.add(new Payer(found, "numéro cité dans le libellé")));
        }
        if (transfer.payerName() != null && !transfer.payerName().isBlank()) {
            em.createQuery("SELECT e FROM Employer e WHERE UPPER(e.name) = :name ORDER BY e.number", Employer.class)
                    .setParameter("name", transfer.payerName().strip().toUpperCase(java.util.Locale.FRENCH))
                    .setMaxResults(MAX_NAMESAKES)
                    .getResultStream()
                    .filter(found -> payers.stream()
                            .noneMatch(payer -> payer.employer().getNumber().equals(found.getNumber())))
                    .forEach(found -> payers.add(new Payer(found, "raison sociale du donneur d'ordre")));
        }
        return payers;
    }
}
