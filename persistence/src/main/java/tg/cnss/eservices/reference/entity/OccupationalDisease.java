package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the list of occupational diseases a declaration is made against: its number in the
 * list (the "tableau"), its group and its label. The list loaded is the ILO's (2010), until the
 * CNSS loads Togo's own tables; {@code source} says which.
 */
@Entity
@Table(name = "occupational_disease")
public class OccupationalDisease {

    @Id
    @Column(name = "table_number", length = 10)
    private String tableNumber;

    @Column(name = "group_label", nullable = false, length = 120)
    private String groupLabel;

    @Column(name = "label", nullable = false, length = 250)
    private String label;

    @Column(name = "source", nullable = false, length = 120)
    private String source;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected OccupationalDisease() {
        // for JPA
    }

    public String getTableNumber() {
        return tableNumber;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public String getLabel() {
        return label;
    }

    public String getSource() {
        return source;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
