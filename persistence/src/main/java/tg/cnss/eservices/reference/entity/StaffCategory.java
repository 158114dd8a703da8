package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of domestic staff (BOY, CUISINIER, …) counted on the domestic employer form. */
@Entity
@Table(name = "staff_category")
public class StaffCategory {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "label", nullable = false, length = 60)
    private String label;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected StaffCategory() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
