package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A text of the public pages that the CNSS writes itself (the Director General's word): plain
 * text whose paragraphs are separated by a blank line. Never HTML — pages escape it — so that an
 * administrator's paste cannot put a script on the home page.
 */
@Entity
@Table(name = "editorial_text")
public class EditorialText {

    /** "LIRE LE MOT DU DG >" on every public page (manual, home page). */
    public static final String DIRECTOR_WORD = "MOT_DU_DG";

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 20_000;
    public static final int MAX_SIGNATURE_LENGTH = 200;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "signature", length = MAX_SIGNATURE_LENGTH)
    private String signature;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EditorialText() {
        // for JPA
    }

    public EditorialText(String code, String title) {
        this.code = code;
        this.title = title;
        this.body = "";
    }

    /** A new version of the text; the caller has checked the lengths and normalised the lines. */
    public void rewrite(String title, String body, String signature, String by, Instant at) {
        this.title = title;
        this.body = body;
        this.signature = signature;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The paragraphs, in order: the body split at blank lines, without empty ones. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** Whether there is something to read: an empty body is "not published yet". */
    public boolean isPublished() {
        return !body.isBlank();
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSignature() {
        return signature;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
