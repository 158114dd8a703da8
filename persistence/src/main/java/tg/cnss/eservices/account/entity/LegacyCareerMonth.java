package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A month of a career the CNSS recorded before the portal (its older books, imported): with which
 * employer, days and gross pay. Read-only here; the portal's own months are {@link CareerLine}s.
 */
@Entity
@Table(name = "legacy_career_month")
public class LegacyCareerMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    /** None for an employer that closed before the registry was computerised. */
    @Column(name = "employer_number", length = 11)
    private String employerNumber;

    @Column(name = "employer_name", nullable = false, length = 150)
    private String employerName;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "days_worked", nullable = false)
    private int daysWorked;

    @Column(name = "gross_pay", nullable = false)
    private long grossPay;

    @Column(name = "source", nullable = false, length = 60)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected LegacyCareerMonth() {
        // for JPA
    }

    public LegacyCareerMonth(
            String insuredNumber,
            String employerNumber,
            String employerName,
            YearMonth period,
            int daysWorked,
            long grossPay,
            String source,
            Instant importedAt) {
        this.insuredNumber = Objects.requireNonNull(insuredNumber);
        this.employerNumber = employerNumber;
        this.employerName = Objects.requireNonNull(employerName);
        this.period = period.toString();
        this.daysWorked = daysWorked;
        this.grossPay = grossPay;
        this.source = Objects.requireNonNull(source);
        this.importedAt = Objects.requireNonNull(importedAt);
    }

    public Long getId() {
        return id;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getEmployerName() {
        return employerName;
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

    public String getSource() {
        return source;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
