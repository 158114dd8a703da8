package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import tg.cnss.eservices.kernel.Quarter;

/**
 * The draft of a quarter's DNR filled online, as typed (JSON of its lines, wrong values included:
 * they are shown again with their message). Saved at every change; deleted once the DNR is sent.
 */
@Entity
@Table(name = "dnr_draft")
@IdClass(DnrDraft.Key.class)
public class DnrDraft {

    /** The draft's key: its employer and quarter. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String employerNumber;
        private String quarter;

        public Key() {
            // for JPA
        }

        public Key(String employerNumber, Quarter quarter) {
            this.employerNumber = employerNumber;
            this.quarter = WageDeclaration.storedCode(quarter);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(employerNumber, key.employerNumber)
                    && Objects.equals(quarter, key.quarter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employerNumber, quarter);
        }
    }

    @Id
    @Column(name = "employer_number", length = 11)
    private String employerNumber;

    @Id
    @Column(name = "quarter", length = 7)
    private String quarter;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DnrDraft() {
        // for JPA
    }

    public DnrDraft(String employerNumber, Quarter quarter) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.quarter = WageDeclaration.storedCode(quarter);
    }

    public void save(String json, int lines, String by, Instant at) {
        this.content = Objects.requireNonNull(json);
        this.lineCount = lines;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public String getContent() {
        return content;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
