package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A worker registration request as filed, indexed so that the agent of one request sees the other
 * requests for the same person: names (as {@link InsuredPerson#nameKey} compares them) with the
 * birth date, and the ID document.
 */
@Entity
@Table(name = "worker_registration_index")
public class WorkerRegistrationIndex {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "id_document_key", nullable = false, length = 80)
    private String idDocumentKey;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    protected WorkerRegistrationIndex() {
        // for JPA
    }

    public WorkerRegistrationIndex(
            long requestId,
            String lastName,
            String firstNames,
            LocalDate birthDate,
            String idDocumentType,
            String idDocumentNumber,
            EmployerNumber employer) {
        this.requestId = requestId;
        this.birthDate = Objects.requireNonNull(birthDate);
        this.nameKey = InsuredPerson.nameKey(lastName, firstNames);
        this.idDocumentKey = idDocumentKey(idDocumentType, idDocumentNumber);
        this.employerNumber = employer.canonical();
    }

    /** "PASSEPORT:B1234567": the type and the number as {@link #normalisedDocument} writes it. */
    public static String idDocumentKey(String type, String number) {
        return type + ":" + normalisedDocument(number);
    }

    /** "B 123-456" and "b123456" are the same document: no spaces, dots, slashes or dashes, capitals. */
    public static String normalisedDocument(String number) {
        return number.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
    }

    public Long getRequestId() {
        return requestId;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getIdDocumentKey() {
        return idDocumentKey;
    }

    public EmployerNumber getEmployerNumber() {
        return EmployerNumber.parse(employerNumber);
    }
}
