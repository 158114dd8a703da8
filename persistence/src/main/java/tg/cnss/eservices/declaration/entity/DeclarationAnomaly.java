package tg.cnss.eservices.declaration.entity;

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
import java.time.YearMonth;
import java.util.Objects;

/**
 * A month whose contribution declaration differs from the quarter's DNR (a DSN-like "anomalie"),
 * for Recouvrement: the two sets of figures as last filed, and where it stands. Kept up to date by
 * each filing of the month or of its quarter; never deleted.
 */
@Entity
@Table(name = "declaration_anomaly")
public class DeclarationAnomaly {

    /** The figures the two declarations give of the month. */
    public record Figures(
            String dnrReference,
            int dnrWorkers,
            long dnrPayroll,
            String monthlyReference,
            int monthlyWorkers,
            long monthlyPayroll) {}

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "dnr_reference", nullable = false, length = 40)
    private String dnrReference;

    @Column(name = "dnr_workers", nullable = false)
    private int dnrWorkers;

    @Column(name = "dnr_payroll", nullable = false)
    private long dnrPayroll;

    @Column(name = "monthly_reference", nullable = false, length = 40)
    private String monthlyReference;

    @Column(name = "monthly_workers", nullable = false)
    private int monthlyWorkers;

    @Column(name = "monthly_payroll", nullable = false)
    private long monthlyPayroll;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AnomalyState state;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeclarationAnomaly() {
        // for JPA
    }

    public DeclarationAnomaly(String employerNumber, YearMonth period, Figures figures, Instant detectedAt) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.period = period.toString();
        take(figures);
        this.state = AnomalyState.OPEN;
        this.detectedAt = Objects.requireNonNull(detectedAt);
    }

    /**
     * The month still differs, as {@code figures} now say: new figures (a correction that did not
     * settle it) or a difference back after a resolution open it again for Recouvrement.
     */
    public void stillDiffers(Figures figures, Instant now) {
        if (state == AnomalyState.RESOLVED || !figures.equals(figures())) {
            state = AnomalyState.OPEN;
            detectedAt = now;
            resolvedAt = null;
        }
        take(figures);
    }

    /** The two declarations agree again. */
    public void resolve(Instant now) {
        if (state != AnomalyState.RESOLVED) {
            state = AnomalyState.RESOLVED;
            resolvedAt = now;
        }
    }

    /** An agent of Recouvrement has looked into it (contacted the employer…), as the note says. */
    public void review(String by, String note, Instant now) {
        if (state == AnomalyState.RESOLVED) {
            throw new IllegalStateException("Anomalie " + id + " déjà résolue");
        }
        state = AnomalyState.REVIEWED;
        reviewedBy = Objects.requireNonNull(by);
        reviewNote = Objects.requireNonNull(note);
        reviewedAt = Objects.requireNonNull(now);
    }

    private void take(Figures figures) {
        this.dnrReference = figures.dnrReference();
        this.dnrWorkers = figures.dnrWorkers();
        this.dnrPayroll = figures.dnrPayroll();
        this.monthlyReference = figures.monthlyReference();
        this.monthlyWorkers = figures.monthlyWorkers();
        this.monthlyPayroll = figures.monthlyPayroll();
    }

    public Figures figures() {
        return new Figures(dnrReference, dnrWorkers, dnrPayroll, monthlyReference, monthlyWorkers, monthlyPayroll);
    }

    public Long getId() {
        return id;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public AnomalyState getState() {
        return state;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public long getVersion() {
        return version;
    }
}
