package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A line of an insured person's career (the individual account): what a DNR says of him for one
 * month with one employer — days worked and gross pay. Posted in batches of plain SQL when a DNR is
 * recorded, read-only here. A corrective DNR marks the lines it replaces ({@code replacedAt}).
 */
@Entity
@Table(name = "career_line")
@IdClass(CareerLine.Key.class)
public class CareerLine {

    /** The line's key: the DNR, its line and the month of the quarter. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long declarationId;
        private Integer lineNo;
        private Integer monthNo;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(declarationId, key.declarationId)
                    && Objects.equals(lineNo, key.lineNo)
                    && Objects.equals(monthNo, key.monthNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(declarationId, lineNo, monthNo);
        }
    }

    @Id
    @Column(name = "declaration_id")
    private Long declarationId;

    @Id
    @Column(name = "line_no")
    private Integer lineNo;

    @Id
    @Column(name = "month_no")
    private Integer monthNo;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "days_worked", nullable = false)
    private int daysWorked;

    @Column(name = "gross_pay", nullable = false)
    private long grossPay;

    @Column(name = "source_reference", nullable = false, length = 40)
    private String sourceReference;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected CareerLine() {
        // for JPA
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public int getDaysWorked() {
        return daysWorked;
    }

    public long getGrossPay() {
        return grossPay;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
