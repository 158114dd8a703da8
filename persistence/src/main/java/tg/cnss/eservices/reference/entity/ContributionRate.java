package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A contribution rate of one branch for one kind of payer, over a dated period. */
@Entity
@Table(name = "contribution_rate")
public class ContributionRate {

    @Id
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch", nullable = false, length = 20)
    private ContributionBranch branch;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer", nullable = false, length = 20)
    private ContributionPayer payer;

    /** In percent of the contribution base, e.g. 12.5. Never a float: BigDecimal end to end. */
    @Column(name = "rate_percent", nullable = false, precision = 6, scale = 3)
    private BigDecimal ratePercent;

    @Embedded
    private Validity validity;

    @Column(name = "source", length = 200)
    private String source;

    protected ContributionRate() {
        // for JPA
    }

    public Long getId() {
        return id;
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

    /** Never null: JPA loads an embedded value whose columns are all NULL (valid forever) as null. */
    public Validity getValidity() {
        return validity == null ? new Validity(null, null) : validity;
    }

    public String getSource() {
        return source;
    }
}
