package tg.cnss.eservices.worklist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * A request in a department's worklist: when it arrived, by when it must be decided, who works on
 * it. One per request (unique key): a message delivered twice never makes two items.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "request_id", nullable = false, unique = true)
    private ServiceRequest request;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "assignee", length = 254)
    private String assignee;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WorkItem() {
        // for JPA
    }

    public WorkItem(ServiceRequest request, String departmentCode, Instant receivedAt, Instant dueAt) {
        this.request = Objects.requireNonNull(request);
        this.departmentCode = Objects.requireNonNull(departmentCode);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.dueAt = Objects.requireNonNull(dueAt);
    }

    public void assignTo(String agent) {
        this.assignee = agent;
    }

    /** Unassigned items are anyone's to take; an assigned one is its agent's alone. */
    public boolean isWorkableBy(String agent) {
        return assignee == null || assignee.equalsIgnoreCase(agent);
    }

    public boolean isOverdueAt(Instant now) {
        return !request.getStatus().isFinal() && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public long getVersion() {
        return version;
    }
}
