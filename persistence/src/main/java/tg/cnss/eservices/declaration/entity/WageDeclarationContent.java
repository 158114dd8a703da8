package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The workers' lines of a DNR as one document (see DnrLinesDocument); apart, so that lists of DNRs never load it. */
@Entity
@Table(name = "wage_declaration_content")
public class WageDeclarationContent {

    @Id
    @Column(name = "declaration_id")
    private Long declarationId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected WageDeclarationContent() {
        // for JPA
    }

    public WageDeclarationContent(Long declarationId, byte[] content) {
        this.declarationId = declarationId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
