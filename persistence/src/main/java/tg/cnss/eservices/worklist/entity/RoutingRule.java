package tg.cnss.eservices.worklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;

/** Which department processes a kind of request, and in how many days (its service level). */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    /** The code of the kind's plug-in (e.g. CLAIM). */
    @Id
    @Column(name = "kind", length = 30)
    private String kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "department_code", nullable = false)
    private Department department;

    @Column(name = "service_level_days", nullable = false)
    private int serviceLevelDays;

    protected RoutingRule() {
        // for JPA
    }

    public RoutingRule(String kind, Department department, int serviceLevelDays) {
        this.kind = kind;
        this.department = department;
        this.serviceLevelDays = serviceLevelDays;
    }

    /** An administrator's change of the routing: new requests of this kind go there from now on. */
    public void routeTo(Department department, int serviceLevelDays) {
        if (serviceLevelDays < 1) {
            throw new IllegalArgumentException("Le délai de traitement est d'au moins un jour");
        }
        this.department = department;
        this.serviceLevelDays = serviceLevelDays;
    }

    public String getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public int getServiceLevelDays() {
        return serviceLevelDays;
    }

    public Duration serviceLevel() {
        return Duration.ofDays(serviceLevelDays);
    }
}
