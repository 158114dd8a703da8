package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A DNR file sent by an employer and read in the background: its state and progress, readable by
 * any server of the cluster (the page polls it), and its report once read. {@code token}: the
 * unguessable name of the upload in the page's address, so that a reload finds it again.
 */
@Entity
@Table(name = "dnr_upload")
public class DnrUpload {

    public enum State {
        QUEUED,
        READING,
        CHECKING,
        STORING,
        DONE,
        FAILED;

        public boolean isFinished() {
            return this == DONE || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "token", nullable = false, length = 40, unique = true)
    private String token;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "file_name", nullable = false, length = 150)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_expected", nullable = false)
    private int rowsExpected;

    /** The report's global status (ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED) once read. */
    @Column(name = "outcome", length = 30)
    private String outcome;

    /** The report as JSON. */
    @Lob
    @Column(name = "report")
    private String report;

    @Column(name = "declaration_reference", length = 40)
    private String declarationReference;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DnrUpload() {
        // for JPA
    }

    public DnrUpload(
            String token, String employerNumber, String fileName, long sizeBytes, String uploadedBy, Instant at) {
        this.token = Objects.requireNonNull(token);
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.fileName = fileName.length() > 150 ? fileName.substring(fileName.length() - 150) : fileName;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(at);
        this.updatedAt = at;
        this.state = State.QUEUED;
    }

    public void advance(State next, int read, int expected, Instant at) {
        state = next;
        rowsRead = read;
        rowsExpected = Math.max(expected, 0);
        updatedAt = at;
    }

    public void finish(String outcome, String reportJson, String declarationReference, Instant at) {
        this.state = State.DONE;
        this.outcome = outcome;
        this.report = reportJson;
        this.declarationReference = declarationReference;
        this.updatedAt = at;
        this.finishedAt = at;
    }

    public void fail(String reportJson, Instant at) {
        this.state = State.FAILED;
        this.outcome = "REJECTED";
        this.report = reportJson;
        this.updatedAt = at;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public State getState() {
        return state;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsExpected() {
        return rowsExpected;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReport() {
        return report;
    }

    public String getDeclarationReference() {
        return declarationReference;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
