package tg.cnss.eservices.benefit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A work accident declared by its victim, as its employer sees it: whose it is, the employer's
 * deadline (3 working days after the accident), and the employer's part of the official form once
 * he has added it from his space (headcount, activity, how to reach him, his account of what
 * happened). The victim's own part is the request's payload.
 */
@Entity
@Table(name = "work_accident")
public class WorkAccident {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "request_reference", nullable = false, length = 20, unique = true)
    private String requestReference;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    @Column(name = "victim_name", nullable = false, length = 200)
    private String victimName;

    @Column(name = "accident_date", nullable = false)
    private LocalDate accidentDate;

    @Column(name = "employer_deadline", nullable = false)
    private LocalDate employerDeadline;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "employer_headcount")
    private Integer employerHeadcount;

    @Column(name = "employer_activity", length = 120)
    private String employerActivity;

    @Column(name = "employer_email", length = 254)
    private String employerEmail;

    @Column(name = "employer_phone", length = 20)
    private String employerPhone;

    @Column(name = "employer_statement", length = 2000)
    private String employerStatement;

    @Column(name = "employer_recorded_at")
    private Instant employerRecordedAt;

    @Column(name = "employer_recorded_by", length = 254)
    private String employerRecordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WorkAccident() {
        // for JPA
    }

    public WorkAccident(
            String requestReference,
            String employerNumber,
            String insuredNumber,
            String victimName,
            LocalDate accidentDate,
            LocalDate employerDeadline,
            Instant declaredAt) {
        this.requestReference = requestReference;
        this.employerNumber = employerNumber;
        this.insuredNumber = insuredNumber;
        this.victimName = victimName;
        this.accidentDate = accidentDate;
        this.employerDeadline = employerDeadline;
        this.declaredAt = declaredAt;
    }

    /** The employer's part of the form, once (a second one is refused: the agent asks for corrections). */
    public void recordEmployerPart(
            int headcount, String activity, String email, String phone, String statement, String by, Instant at) {
        if (employerRecordedAt != null) {
            throw new IllegalStateException("Part de l'employeur déjà enregistrée");
        }
        this.employerHeadcount = headcount;
        this.employerActivity = activity;
        this.employerEmail = email;
        this.employerPhone = phone;
        this.employerStatement = statement;
        this.employerRecordedBy = by;
        this.employerRecordedAt = at;
    }

    public boolean hasEmployerPart() {
        return employerRecordedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getVictimName() {
        return victimName;
    }

    public LocalDate getAccidentDate() {
        return accidentDate;
    }

    public LocalDate getEmployerDeadline() {
        return employerDeadline;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Integer getEmployerHeadcount() {
        return employerHeadcount;
    }

    public String getEmployerActivity() {
        return employerActivity;
    }

    public String getEmployerEmail() {
        return employerEmail;
    }

    public String getEmployerPhone() {
        return employerPhone;
    }

    public String getEmployerStatement() {
        return employerStatement;
    }

    public Instant getEmployerRecordedAt() {
        return employerRecordedAt;
    }

    public String getEmployerRecordedBy() {
        return employerRecordedBy;
    }
}
