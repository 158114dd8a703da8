package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given in a registry (employers, insured persons), read under a lock when the next is given. */
@Entity
@Table(name = "registry_counter")
public class RegistryCounter {

    public static final String EMPLOYER = "EMPLOYER";
    public static final String INSURED = "INSURED";

    @Id
    @Column(name = "name", length = 30)
    private String name;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected RegistryCounter() {
        // for JPA
    }

    public EmployerNumber nextEmployerNumber() {
        lastValue++;
        return new EmployerNumber(lastValue);
    }

    public InsuredNumber nextInsuredNumber() {
        lastValue++;
        return new InsuredNumber(lastValue);
    }
}
