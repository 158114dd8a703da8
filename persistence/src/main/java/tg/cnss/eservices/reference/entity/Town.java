package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A town (ville) of a préfecture, offered as a suggestion in address fields. */
@Entity
@Table(name = "town")
public class Town {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    // Eager: without weaving EclipseLink cannot make it lazy, and a préfecture is one small row.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "prefecture_code", nullable = false)
    private Prefecture prefecture;

    protected Town() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }
}
