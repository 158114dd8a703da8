package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A type of document accepted as proof (CNI, passeport, acte de naissance…). */
@Entity
@Table(name = "id_document_type")
public class IdDocumentType {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "label", nullable = false, length = 80)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private IdDocumentKind kind;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected IdDocumentType() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public IdDocumentKind getKind() {
        return kind;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
