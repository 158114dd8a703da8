package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a DNR file waiting to be read; deleted once read. Apart, so that the upload's state never loads them. */
@Entity
@Table(name = "dnr_upload_content")
public class DnrUploadContent {

    @Id
    @Column(name = "upload_id")
    private Long uploadId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DnrUploadContent() {
        // for JPA
    }

    public DnrUploadContent(Long uploadId, byte[] content) {
        this.uploadId = uploadId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
