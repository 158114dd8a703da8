package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import tg.cnss.eservices.payment.entity.PaymentNotice;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Paiement de Cotisation" by bank transfer or deposit (manual, Espace Employeurs item 4): the
 * employer says what he paid into which CNSS account, with the bank's proof; Recouvrement checks it
 * against the bank's statement and confirms it — the money is then credited to the contributor
 * account at the date the bank received it (the date that stops surcharges) — or rejects it.
 */
@ApplicationScoped
public class PaymentNoticeKind implements RequestKind<PaymentNoticeKind.Notice> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        if (notice.amount() > notice.owedWhenFiled()) {
            warnings.add("Montant supérieur au reste à payer au dépôt de l'avis ("
                    + Francs.of(notice.owedWhenFiled()).display() + ") : le surplus restera en avance sur le compte.");
        }
        return warnings;
    }

    /** Confirmed against the bank's statement: the money is credited at the date the bank received it. */
    @Override
    public Optional<String> onApproval(ServiceRequest request, Notice notice, Instant at) {
        ledger.post(LedgerEntry.payment(
                tg.cnss.eservices.registration.entity.EmployerNumber.parse(notice.employerNumber())
                        .canonical(),
                notice.amount(),
                notice.paidOn(),
                at,
                request.getReference().toString(),
                (notice.deposit() ? "Dépôt " : "Virement ") + notice.bankCode() + " réf. " + notice.bankReference()));
        return Optional.of("Paiement de " + Francs.of(notice.amount()).display() + " reçu le "
                + notice.paidOn().format(DAY) + ", porté au crédit de votre compte cotisant à cette date.");
    }
}
