package tg.cnss.eservices.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contribution payment by mobile money: started by the employer (the payer confirms it on his
 * phone), settled by the aggregator's signed notification — confirmed, with the day the money was
 * received, or failed with its reason. Settled once: a repeated notification changes nothing.
 */
@Entity
@Table(name = "mobile_payment")
public class MobilePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    /** The employer paying contributions; null when an insured person pays his voluntary insurance. */
    @Column(name = "employer_number", length = 11)
    private String employerNumber;

    /** The insured person paying his voluntary insurance; null for an employer's payment. */
    @Column(name = "insured_number", length = 12)
    private String insuredNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 20)
    private MobileOperator operator;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MobilePaymentStatus status;

    @Column(name = "form_token", nullable = false, length = 40, unique = true)
    private String formToken;

    @Column(name = "gateway_transaction", length = 80, unique = true)
    private String gatewayTransaction;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "failure_reason", length = 300)
    private String failureReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MobilePayment() {
        // for JPA
    }

    /** A payment of contributions by an employer. */
    public MobilePayment(
            String reference,
            String employerNumber,
            MobileOperator operator,
            String phone,
            long amount,
            String formToken,
            String requestedBy,
            Instant requestedAt) {
        this(
                reference,
                Objects.requireNonNull(employerNumber),
                null,
                operator,
                phone,
                amount,
                formToken,
                requestedBy,
                requestedAt);
    }

    private MobilePayment(
            String reference,
            String employerNumber,
            String insuredNumber,
            MobileOperator operator,
            String phone,
            long amount,
            String formToken,
            String requestedBy,
            Instant requestedAt) {
        this.reference = Objects.requireNonNull(reference);
        this.employerNumber = employerNumber;
        this.insuredNumber = insuredNumber;
        this.operator = Objects.requireNonNull(operator);
        this.phone = Objects.requireNonNull(phone);
        this.amount = amount;
        this.formToken = Objects.requireNonNull(formToken);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.status = MobilePaymentStatus.PENDING;
    }

    /** A payment of voluntary-insurance contributions by the insured person himself. */
    public static MobilePayment ofVoluntaryInsurance(
            String reference,
            String insuredNumber,
            MobileOperator operator,
            String phone,
            long amount,
            String formToken,
            String requestedBy,
            Instant requestedAt) {
        return new MobilePayment(
                reference,
                null,
                Objects.requireNonNull(insuredNumber),
                operator,
                phone,
                amount,
                formToken,
                requestedBy,
                requestedAt);
    }

    /** The aggregator took the payment under its transaction id; the payer is asked on his phone. */
    public void startedAs(String transaction) {
        this.gatewayTransaction = Objects.requireNonNull(transaction);
    }

    public void confirm(Instant at, LocalDate receivedOn) {
        requirePending();
        this.status = MobilePaymentStatus.CONFIRMED;
        this.settledAt = Objects.requireNonNull(at);
        this.receivedOn = Objects.requireNonNull(receivedOn);
    }

    public void fail(Instant at, String reason) {
        requirePending();
        this.status = MobilePaymentStatus.FAILED;
        this.settledAt = Objects.requireNonNull(at);
        this.failureReason = reason == null || reason.isBlank()
                ? "Refusé par l'opérateur"
                : reason.length() <= 300 ? reason : reason.substring(0, 300);
    }

    private void requirePending() {
        if (status != MobilePaymentStatus.PENDING) {
            throw new IllegalStateException("Paiement " + reference + " déjà réglé : " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    /** Whether an insured person pays (voluntary insurance) rather than an employer. */
    public boolean isVoluntaryInsurance() {
        return insuredNumber != null;
    }

    public MobileOperator getOperator() {
        return operator;
    }

    public String getPhone() {
        return phone;
    }

    public long getAmount() {
        return amount;
    }

    public MobilePaymentStatus getStatus() {
        return status;
    }

    public String getFormToken() {
        return formToken;
    }

    public String getGatewayTransaction() {
        return gatewayTransaction;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getFailureReason() {
        return failureReason;
    }
}
