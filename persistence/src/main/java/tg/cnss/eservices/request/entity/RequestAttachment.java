package tg.cnss.eservices.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import tg.cnss.eservices.platform.entity.FileType;

/**
 * A file joined to a request, with the step of its history it came with (the submission or an
 * answer). Only its description: the bytes are an {@link AttachmentContent} of the same id, read
 * when someone downloads it and never by lists.
 */
@Entity
@Table(name = "request_attachment")
public class RequestAttachment {

    public static final int FILE_NAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private RequestEvent event;

    /** The requester's name for the file, cleaned; shown and offered on download, never used to store it. */
    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected RequestAttachment() {
        // for JPA
    }

    public RequestAttachment(RequestEvent event, String fileName, FileType type, long size, String sha256) {
        this.event = Objects.requireNonNull(event);
        this.request = event.getRequest();
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = event.getActor();
        this.uploadedAt = event.getOccurredAt();
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public RequestEvent getEvent() {
        return event;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getType() {
        return FileType.ofMediaType(mediaType);
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
