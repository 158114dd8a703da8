package tg.cnss.eservices.registration.entity;

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
 * A worker on an employer's roster: an insured person employed from a start date, in a job, at a
 * monthly gross pay, until the departure the employer declares. Rows are never deleted.
 */
@Entity
@Table(name = "employment")
public class Employment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "job", nullable = false, length = 100)
    private String job;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    private ContractType contractType;

    @Column(name = "monthly_pay", nullable = false)
    private long monthlyPay;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private DepartureReason endReason;

    @Column(name = "end_declared_at")
    private Instant endDeclaredAt;

    @Column(name = "end_declared_by", length = 254)
    private String endDeclaredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Employment() {
        // for JPA
    }

    public Employment(
            EmployerNumber employer,
            InsuredNumber insured,
            LocalDate startDate,
            String job,
            ContractType contractType,
            long monthlyPay) {
        this.employerNumber = employer.canonical();
        this.insuredNumber = insured.canonical();
        this.startDate = Objects.requireNonNull(startDate);
        this.job = Objects.requireNonNull(job);
        this.contractType = Objects.requireNonNull(contractType);
        this.monthlyPay = monthlyPay;
    }

    /** The employer declares the worker's departure; the dates are checked by the caller's rules. */
    public void end(LocalDate on, DepartureReason reason, Instant declaredAt, String declaredBy) {
        if (endDate != null) {
            throw new IllegalStateException("Emploi " + id + " déjà terminé");
        }
        this.endDate = Objects.requireNonNull(on);
        this.endReason = Objects.requireNonNull(reason);
        this.endDeclaredAt = Objects.requireNonNull(declaredAt);
        this.endDeclaredBy = Objects.requireNonNull(declaredBy);
    }

    public boolean isActive() {
        return endDate == null;
    }

    public Long getId() {
        return id;
    }

    public EmployerNumber getEmployerNumber() {
        return EmployerNumber.parse(employerNumber);
    }

    public InsuredNumber getInsuredNumber() {
        return InsuredNumber.parse(insuredNumber);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getJob() {
        return job;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public long getMonthlyPay() {
        return monthlyPay;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public DepartureReason getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
