package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One normalised identifier (RCCM, operator card, e-mail, phone) of a registered employer or of a
 * pending pre-registration request: the index that duplicate detection searches.
 */
@Entity
@Table(name = "employer_identifier")
public class EmployerIdentifier {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private IdentifierKind kind;

    @Column(name = "identifier", nullable = false, length = 254)
    private String value;

    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "request_id")
    private Long requestId;

    protected EmployerIdentifier() {
        // for JPA
    }

    private EmployerIdentifier(IdentifierKind kind, String normalisedValue, Long employerId, Long requestId) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(normalisedValue);
        this.employerId = employerId;
        this.requestId = requestId;
    }

    public static EmployerIdentifier ofEmployer(IdentifierKind kind, String normalisedValue, long employerId) {
        return new EmployerIdentifier(kind, normalisedValue, employerId, null);
    }

    public static EmployerIdentifier ofRequest(IdentifierKind kind, String normalisedValue, long requestId) {
        return new EmployerIdentifier(kind, normalisedValue, null, requestId);
    }

    public IdentifierKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getRequestId() {
        return requestId;
    }
}
