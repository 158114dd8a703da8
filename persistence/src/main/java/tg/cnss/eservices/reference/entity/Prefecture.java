package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the 39 préfectures (law 2019-006), with its chief town and its region. */
@Entity
@Table(name = "prefecture")
public class Prefecture {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "chef_lieu", nullable = false, length = 60)
    private String chefLieu;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    protected Prefecture() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getChefLieu() {
        return chefLieu;
    }

    public Region getRegion() {
        return region;
    }
}
