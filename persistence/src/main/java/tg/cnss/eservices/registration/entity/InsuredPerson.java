package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An insured person of the CNSS registry: what sign-up checks the applicant's answers against
 * (names, birth date, current employer) without ever showing them.
 */
@Entity
@Table(name = "insured_person")
public class InsuredPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "insured_number", nullable = false, length = 12, unique = true)
    private String number;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_names", nullable = false, length = 100)
    private String firstNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "employer_number", length = 11)
    private String employerNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    // The identity the Immatriculation agent checked when the portal registered the person; empty
    // for people registered before (demo data, imports).
    @Column(name = "sex", length = 1)
    private String sex;

    @Column(name = "birth_place", length = 80)
    private String birthPlace;

    @Column(name = "nationality", length = 60)
    private String nationality;

    @Column(name = "id_document_type", length = 30)
    private String idDocumentType;

    @Column(name = "id_document_number", length = 40)
    private String idDocumentNumber;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "address", length = 200)
    private String address;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InsuredPerson() {
        // for JPA
    }

    public InsuredPerson(
            InsuredNumber number,
            String lastName,
            String firstNames,
            LocalDate birthDate,
            EmployerNumber employer,
            Instant registeredAt) {
        this.number = number.canonical();
        this.lastName = Objects.requireNonNull(lastName);
        this.firstNames = Objects.requireNonNull(firstNames);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.employerNumber = employer == null ? null : employer.canonical();
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    /**
     * Whether what the applicant typed is this person: names compared without case, accents or
     * extra spaces ("Koudjo" = "KOUDJO", "Afi  Délali" = "AFI DELALI"), birth date exactly, and the
     * current employer exactly when the registry lists one. A person the registry lists with no
     * current employer (left work, voluntary insured, pensioner) is matched on names and birth
     * date: whatever employer was typed cannot be compared with anything.
     */
    public boolean matches(
            String typedLastName, String typedFirstNames, LocalDate typedBirthDate, EmployerNumber typedEmployer) {
        boolean employerMatches =
                employerNumber == null || (typedEmployer != null && employerNumber.equals(typedEmployer.canonical()));
        return comparable(lastName).equals(comparable(typedLastName))
                && comparable(firstNames).equals(comparable(typedFirstNames))
                && birthDate.equals(typedBirthDate)
                && employerMatches;
    }

    /** What the registration established beyond names and birth date (sex M or F, phone as +228…). */
    public void identify(
            String sex,
            String birthPlace,
            String nationality,
            String idDocumentType,
            String idDocumentNumber,
            String phone,
            String address) {
        this.sex = sex;
        this.birthPlace = birthPlace;
        this.nationality = nationality;
        this.idDocumentType = idDocumentType;
        this.idDocumentNumber = idDocumentNumber;
        this.phone = phone;
        this.address = address;
    }

    /** The person's current employer is now this one (a new hire registered by the CNSS). */
    public void employedBy(EmployerNumber employer) {
        this.employerNumber = employer.canonical();
    }

    /** Names as {@link #matches} compares them: without case, accents or extra spaces. */
    public static String nameKey(String lastName, String firstNames) {
        return comparable(lastName) + "|" + comparable(firstNames);
    }

    public String getNameKey() {
        return nameKey(lastName, firstNames);
    }

    /** Whether the registry lists a current employer for this person. */
    public boolean hasCurrentEmployer() {
        return employerNumber != null;
    }

    static String comparable(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\-']+", " ")
                .strip()
                .toUpperCase(Locale.ROOT);
    }

    public InsuredNumber getNumber() {
        return InsuredNumber.parse(number);
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public java.time.LocalDate getBirthDate() {
        return birthDate;
    }

    public java.util.Optional<EmployerNumber> getEmployerNumber() {
        return java.util.Optional.ofNullable(employerNumber).map(EmployerNumber::parse);
    }

    public String getIdDocumentType() {
        return idDocumentType;
    }

    public String getIdDocumentNumber() {
        return idDocumentNumber;
    }

    /** "M" or "F"; null for a person registered before the portal recorded it. */
    public String getSex() {
        return sex;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getFullName() {
        return firstNames + " " + lastName;
    }
}
