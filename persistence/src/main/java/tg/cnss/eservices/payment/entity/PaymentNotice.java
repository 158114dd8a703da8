package tg.cnss.eservices.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A payment notice as filed (the request holds the form): who paid what into which bank, on which
 * day, under which bank reference — what Recouvrement compares with the bank's statement, and
 * with the other notices (a bank reference filed twice).
 */
@Entity
@Table(name = "payment_notice")
public class PaymentNotice {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "bank_code", nullable = false, length = 20)
    private String bankCode;

    @Column(name = "bank_reference", nullable = false, length = 60)
    private String bankReference;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    protected PaymentNotice() {
        // for JPA
    }

    public PaymentNotice(
            long requestId,
            String employerNumber,
            String bankCode,
            String bankReference,
            long amount,
            LocalDate paidOn) {
        this.requestId = requestId;
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.bankCode = Objects.requireNonNull(bankCode);
        this.bankReference = normalised(bankReference);
        this.amount = amount;
        this.paidOn = Objects.requireNonNull(paidOn);
    }

    /** "VIR 2026/1234" and "vir20261234" are the same bank reference. */
    public static String normalised(String bankReference) {
        return bankReference.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getBankReference() {
        return bankReference;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
