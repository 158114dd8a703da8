package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A month of voluntary insurance paid: the month, the income declared on which it was worked out
 * (the month's wage for the individual account and the pension), the contribution, the day the
 * CNSS received it and the payment it came with. Once per person and month.
 */
@Entity
@Table(name = "voluntary_contribution")
public class VoluntaryContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "monthly_income", nullable = false)
    private long monthlyIncome;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "payment_reference", nullable = false, length = 20)
    private String paymentReference;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VoluntaryContribution() {
        // for JPA
    }

    public VoluntaryContribution(
            String insuredNumber,
            YearMonth period,
            long monthlyIncome,
            long amount,
            LocalDate receivedOn,
            String paymentReference,
            Instant postedAt) {
        this.insuredNumber = Objects.requireNonNull(insuredNumber);
        this.period = period.toString();
        this.monthlyIncome = monthlyIncome;
        this.amount = amount;
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.paymentReference = Objects.requireNonNull(paymentReference);
        this.postedAt = Objects.requireNonNull(postedAt);
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public long getMonthlyIncome() {
        return monthlyIncome;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
