package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A monthly contribution declaration (manual, employer space: "Déclaration de Cotisation"): the
 * employer's headcount and gross payroll for a month, and the contributions computed from them
 * with the rates in force in that month, kept as computed. Declaring the month again writes a new
 * revision and marks this one replaced; none is ever deleted or rewritten.
 */
@Entity
@Table(name = "contribution_declaration")
@NamedQuery(
        name = ContributionDeclaration.OF_EMPLOYER,
        query = "SELECT d FROM ContributionDeclaration d WHERE d.employerNumber = :employer"
                + " ORDER BY d.period DESC, d.revision DESC")
@NamedQuery(
        name = ContributionDeclaration.CURRENT_OF_PERIOD,
        query = "SELECT d FROM ContributionDeclaration d WHERE d.employerNumber = :employer"
                + " AND d.period = :period AND d.replacedAt IS NULL")
public class ContributionDeclaration {

    public static final String OF_EMPLOYER = "ContributionDeclaration.ofEmployer";
    public static final String CURRENT_OF_PERIOD = "ContributionDeclaration.currentOfPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "reference", nullable = false, length = 40, unique = true)
    private String reference;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    /** "2026-10": sorts as the months do. */
    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "worker_count", nullable = false)
    private int workerCount;

    @Column(name = "gross_payroll", nullable = false)
    private long grossPayroll;

    @Column(name = "total_due", nullable = false)
    private long totalDue;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "declared_by", nullable = false, length = 254)
    private String declaredBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_declaration_line", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "line_order")
    private List<ContributionLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContributionDeclaration() {
        // for JPA
    }

    public ContributionDeclaration(
            String employerNumber,
            YearMonth period,
            int revision,
            int workerCount,
            long grossPayroll,
            List<ContributionLine> lines,
            LocalDate dueDate,
            Instant declaredAt,
            String declaredBy) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.period = period.toString();
        this.revision = revision;
        this.workerCount = workerCount;
        this.grossPayroll = grossPayroll;
        this.lines = new ArrayList<>(lines);
        this.totalDue = lines.stream().mapToLong(ContributionLine::getAmount).sum();
        this.dueDate = Objects.requireNonNull(dueDate);
        this.declaredAt = Objects.requireNonNull(declaredAt);
        this.declaredBy = Objects.requireNonNull(declaredBy);
        this.reference = referenceOf(employerNumber, period, revision);
    }

    /**
     * "DC-202610-E1234567889" for the first declaration of October 2026, "…-R2" for its
     * correction: readable by the employer and the agent, unique by construction.
     */
    static String referenceOf(String employerNumber, YearMonth period, int revision) {
        String base = "DC-" + period.getYear() + String.format("%02d", period.getMonthValue()) + "-" + employerNumber;
        return revision == 1 ? base : base + "-R" + revision;
    }

    /** This revision gives way to a newer one, declared at {@code at}. */
    public void replace(Instant at) {
        if (replacedAt != null) {
            throw new IllegalStateException("Déclaration " + reference + " déjà remplacée");
        }
        replacedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public int getRevision() {
        return revision;
    }

    public int getWorkerCount() {
        return workerCount;
    }

    public long getGrossPayroll() {
        return grossPayroll;
    }

    public long getTotalDue() {
        return totalDue;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public boolean isReplaced() {
        return replacedAt != null;
    }

    public List<ContributionLine> getLines() {
        return List.copyOf(lines);
    }
}
