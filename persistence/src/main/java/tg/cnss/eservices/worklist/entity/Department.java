package tg.cnss.eservices.worklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A CNSS department that processes requests from its own worklist, fed by its own JMS queue.
 * Departments are data so that the routing table can be edited by an administrator.
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "queue_jndi", nullable = false, length = 120)
    private String queueJndi;

    protected Department() {
        // for JPA
    }

    public Department(String code, String name, String queueJndi) {
        this.code = code;
        this.name = name;
        this.queueJndi = queueJndi;
    }

    /** The name staff and requesters see; the code and the queue stay (they are wired into the server). */
    public void rename(String name) {
        this.name = Objects.requireNonNull(name).strip();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getQueueJndi() {
        return queueJndi;
    }
}
