package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A child or spouse of an insured person, as Prestations accepted the declaration (the civil-status
 * document checked): what the profile lists and family allowances count. Added only by the
 * approval of a "Déclaration d'enfant" or "Déclaration de conjoint", which it names.
 */
@Entity
@Table(name = "dependant")
public class Dependant {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "insured_number", nullable = false, length = 12)
    private String insuredNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 10)
    private DependantRelation relation;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_names", nullable = false, length = 100)
    private String firstNames;

    @Column(name = "sex", nullable = false, length = 1)
    private String sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** The birth certificate's number for a child, the marriage certificate's for a spouse. */
    @Column(name = "certificate_number", nullable = false, length = 40)
    private String certificateNumber;

    @Column(name = "marriage_date")
    private LocalDate marriageDate;

    /** The spouse's own insured number, when the spouse is insured too. */
    @Column(name = "own_insured_number", length = 12)
    private String ownInsuredNumber;

    @Column(name = "request_reference", nullable = false, length = 20)
    private String requestReference;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Dependant() {
        // for JPA
    }

    public Dependant(
            InsuredNumber insured,
            DependantRelation relation,
            String lastName,
            String firstNames,
            String sex,
            LocalDate birthDate,
            String certificateNumber,
            String requestReference,
            Instant addedAt) {
        this.insuredNumber = insured.canonical();
        this.relation = Objects.requireNonNull(relation);
        this.lastName = Objects.requireNonNull(lastName);
        this.firstNames = Objects.requireNonNull(firstNames);
        this.sex = Objects.requireNonNull(sex);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.certificateNumber = Objects.requireNonNull(certificateNumber);
        this.requestReference = Objects.requireNonNull(requestReference);
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    /** A spouse's marriage, and the spouse's own insured number if any. */
    public Dependant married(LocalDate marriageDate, InsuredNumber ownNumber) {
        this.marriageDate = marriageDate;
        this.ownInsuredNumber = ownNumber == null ? null : ownNumber.canonical();
        return this;
    }

    /** Names compared as the registry compares them (case, accents and spaces aside). */
    public String getNameKey() {
        return InsuredPerson.nameKey(lastName, firstNames);
    }

    public Long getId() {
        return id;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public DependantRelation getRelation() {
        return relation;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public String getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getMarriageDate() {
        return marriageDate;
    }

    public String getOwnInsuredNumber() {
        return ownInsuredNumber;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
