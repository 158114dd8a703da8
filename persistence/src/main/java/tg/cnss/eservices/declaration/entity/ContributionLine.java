package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import tg.cnss.eservices.reference.entity.ContributionBranch;
import tg.cnss.eservices.reference.entity.ContributionPayer;

/** One line of a contribution declaration as it was computed: branch, payer, rate, amount. */
@Embeddable
public class ContributionLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "branch", nullable = false, length = 20)
    private ContributionBranch branch;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer", nullable = false, length = 20)
    private ContributionPayer payer;

    @Column(name = "rate_percent", nullable = false, precision = 6, scale = 3)
    private BigDecimal ratePercent;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected ContributionLine() {
        // for JPA
    }

    public ContributionLine(ContributionBranch branch, ContributionPayer payer, BigDecimal ratePercent, long amount) {
        this.branch = Objects.requireNonNull(branch);
        this.payer = Objects.requireNonNull(payer);
        this.ratePercent = Objects.requireNonNull(ratePercent);
        this.amount = amount;
    }

    public ContributionBranch getBranch() {
        return branch;
    }

    public ContributionPayer getPayer() {
        return payer;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public long getAmount() {
        return amount;
    }
}
