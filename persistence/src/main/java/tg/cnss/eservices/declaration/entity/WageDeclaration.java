package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tg.cnss.eservices.kernel.Quarter;

/**
 * A quarterly nominative wage declaration (DNR): its header and totals. Its lines, up to 100 000,
 * are one document apart ({@link WageDeclarationContent}), never loaded with the header; they are
 * posted to the workers' individual accounts just after ({@code careerPostedAt}).
 * Declaring the quarter again writes a new revision and marks this one replaced; none is deleted.
 */
@Entity
@Table(name = "wage_declaration")
@NamedQuery(
        name = WageDeclaration.OF_EMPLOYER,
        query = "SELECT d FROM WageDeclaration d WHERE d.employerNumber = :employer"
                + " ORDER BY d.quarter DESC, d.revision DESC")
@NamedQuery(
        name = WageDeclaration.CURRENT_OF_QUARTER,
        query = "SELECT d FROM WageDeclaration d WHERE d.employerNumber = :employer"
                + " AND d.quarter = :quarter AND d.replacedAt IS NULL")
public class WageDeclaration {

    public static final String OF_EMPLOYER = "WageDeclaration.ofEmployer";
    public static final String CURRENT_OF_QUARTER = "WageDeclaration.currentOfQuarter";

    /** How the declaration reached the CNSS. */
    public enum Source {
        FORM,
        FILE,
        API
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "reference", nullable = false, length = 40, unique = true)
    private String reference;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    /** "2026-T3": sorts as the quarters do. */
    @Column(name = "quarter", nullable = false, length = 7)
    private String quarter;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private Source source;

    @Column(name = "file_name", length = 150)
    private String fileName;

    @Column(name = "worker_count", nullable = false)
    private int workerCount;

    @Column(name = "to_register_count", nullable = false)
    private int toRegisterCount;

    @Column(name = "month1_total", nullable = false)
    private long month1Total;

    @Column(name = "month2_total", nullable = false)
    private long month2Total;

    @Column(name = "month3_total", nullable = false)
    private long month3Total;

    /** Workers paid in each month: with the totals, what the monthly declarations are compared with. */
    @Column(name = "month1_workers", nullable = false)
    private int month1Workers;

    @Column(name = "month2_workers", nullable = false)
    private int month2Workers;

    @Column(name = "month3_workers", nullable = false)
    private int month3Workers;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "declared_by", nullable = false, length = 254)
    private String declaredBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "career_posted_at")
    private Instant careerPostedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WageDeclaration() {
        // for JPA
    }

    public WageDeclaration(
            String employerNumber,
            Quarter quarter,
            int revision,
            Source source,
            String fileName,
            int workerCount,
            int toRegisterCount,
            List<Long> monthTotals,
            List<Integer> monthWorkers,
            int warningCount,
            Instant declaredAt,
            String declaredBy) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.quarter = storedCode(quarter);
        this.revision = revision;
        this.source = Objects.requireNonNull(source);
        this.fileName = fileName;
        this.workerCount = workerCount;
        this.toRegisterCount = toRegisterCount;
        this.month1Total = monthTotals.get(0);
        this.month2Total = monthTotals.get(1);
        this.month3Total = monthTotals.get(2);
        this.month1Workers = monthWorkers.get(0);
        this.month2Workers = monthWorkers.get(1);
        this.month3Workers = monthWorkers.get(2);
        this.warningCount = warningCount;
        this.declaredAt = Objects.requireNonNull(declaredAt);
        this.declaredBy = Objects.requireNonNull(declaredBy);
        this.reference = referenceOf(employerNumber, quarter, revision);
    }

    /** "2026-T3", the stored form of a quarter: sorts as the quarters do. */
    public static String storedCode(Quarter quarter) {
        return quarter.year() + "-T" + quarter.number();
    }

    /** "DNR-2026T3-E1234567889", "…-R2" for its correction: readable, unique by construction. */
    static String referenceOf(String employerNumber, Quarter quarter, int revision) {
        String base = "DNR-" + quarter.year() + "T" + quarter.number() + "-" + employerNumber;
        return revision == 1 ? base : base + "-R" + revision;
    }

    /** The reference of the revision this one replaced, or null for a first declaration. */
    public String previousReference() {
        return revision == 1 ? null : referenceOf(employerNumber, getQuarter(), revision - 1);
    }

    /** This revision gives way to a newer one, declared at {@code at}. */
    public void replace(Instant at) {
        if (replacedAt != null) {
            throw new IllegalStateException("DNR " + reference + " déjà remplacée");
        }
        replacedAt = Objects.requireNonNull(at);
    }

    /** Its lines are now in the workers' individual accounts. */
    public void careerPosted(Instant at) {
        careerPostedAt = Objects.requireNonNull(at);
    }

    public boolean isCurrent() {
        return replacedAt == null;
    }

    public Instant getCareerPostedAt() {
        return careerPostedAt;
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

    public Quarter getQuarter() {
        return new Quarter(Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0');
    }

    public int getRevision() {
        return revision;
    }

    public Source getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public int getWorkerCount() {
        return workerCount;
    }

    public int getToRegisterCount() {
        return toRegisterCount;
    }

    public List<Long> getMonthTotals() {
        return List.of(month1Total, month2Total, month3Total);
    }

    public List<Integer> getMonthWorkers() {
        return List.of(month1Workers, month2Workers, month3Workers);
    }

    public long getQuarterTotal() {
        return month1Total + month2Total + month3Total;
    }

    public int getWarningCount() {
        return warningCount;
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
}
