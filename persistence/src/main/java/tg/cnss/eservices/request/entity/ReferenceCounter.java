package tg.cnss.eservices.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The last number given to a kind of request in a year. Read under a pessimistic lock, so that
 * two requests submitted at the same instant never share a reference.
 */
@Entity
@Table(name = "request_reference_counter")
@IdClass(ReferenceCounter.Key.class)
public class ReferenceCounter {

    @Id
    @Column(name = "prefix", length = 2)
    private String prefix;

    @Id
    @Column(name = "ref_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReferenceCounter() {
        // for JPA
    }

    public ReferenceCounter(String prefix, int year) {
        this.prefix = prefix;
        this.year = year;
    }

    public RequestReference next() {
        lastNumber++;
        return new RequestReference(prefix, year, lastNumber);
    }

    public record Key(String prefix, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
