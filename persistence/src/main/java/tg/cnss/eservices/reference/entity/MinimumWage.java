package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The monthly SMIG (guaranteed minimum wage) over a dated period, in whole francs CFA. */
@Entity
@Table(name = "minimum_wage")
public class MinimumWage {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "monthly_amount", nullable = false)
    private long monthlyAmount;

    @Embedded
    private Validity validity;

    @Column(name = "source", length = 200)
    private String source;

    protected MinimumWage() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public long getMonthlyAmount() {
        return monthlyAmount;
    }

    /** Never null: JPA loads an embedded value whose columns are all NULL (valid forever) as null. */
    public Validity getValidity() {
        return validity == null ? new Validity(null, null) : validity;
    }

    public String getSource() {
        return source;
    }
}
