package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An insured person's voluntary insurance (pension branch), as Prestations opened it: the monthly
 * income declared, the rate then in force and the contribution it makes, from the month after the
 * approval. One open at a time per person (a unique key on the open person).
 */
@Entity
@Table(name = "voluntary_membership")
public class VoluntaryMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    /** The insured number while the membership is open, null once closed: unique, so one open per person. */
    @Column(name = "open_insured_number", length = 12, unique = true)
    private String openInsuredNumber;

    @Column(name = "monthly_income", nullable = false)
    private long monthlyIncome;

    @Column(name = "rate_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal ratePercent;

    @Column(name = "monthly_contribution", nullable = false)
    private long monthlyContribution;

    @Column(name = "first_month", nullable = false, length = 7)
    private String firstMonth;

    @Column(name = "request_reference", nullable = false, length = 20)
    private String requestReference;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VoluntaryMembership() {
        // for JPA
    }

    public VoluntaryMembership(
            String insuredNumber,
            long monthlyIncome,
            BigDecimal ratePercent,
            long monthlyContribution,
            YearMonth firstMonth,
            String requestReference,
            Instant openedAt) {
        this.insuredNumber = Objects.requireNonNull(insuredNumber);
        this.openInsuredNumber = insuredNumber;
        this.monthlyIncome = monthlyIncome;
        this.ratePercent = Objects.requireNonNull(ratePercent);
        this.monthlyContribution = monthlyContribution;
        this.firstMonth = firstMonth.toString();
        this.requestReference = Objects.requireNonNull(requestReference);
        this.openedAt = Objects.requireNonNull(openedAt);
    }

    public Long getId() {
        return id;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public long getMonthlyIncome() {
        return monthlyIncome;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public long getMonthlyContribution() {
        return monthlyContribution;
    }

    public YearMonth getFirstMonth() {
        return YearMonth.parse(firstMonth);
    }

    public String getRequestReference() {
        return requestReference;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
