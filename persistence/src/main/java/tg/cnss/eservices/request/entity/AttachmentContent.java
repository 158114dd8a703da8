package tg.cnss.eservices.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of a {@link RequestAttachment}, under the attachment's generated id: in the database,
 * outside the web root, read only by a download that was allowed.
 */
@Entity
@Table(name = "request_attachment_content")
public class AttachmentContent {

    /** Mapped (not a bare id) so that the attachment's row is always written first. */
    @Id
    @OneToOne(optional = false)
    @JoinColumn(name = "attachment_id")
    private RequestAttachment attachment;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {
        // for JPA
    }

    public AttachmentContent(RequestAttachment attachment, byte[] content) {
        this.attachment = attachment;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
