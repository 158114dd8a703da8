package tg.cnss.eservices.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** Which employer (canonical number) a quitus request is for (the request holds the form). */
@Entity
@Table(name = "quitus_request")
public class QuitusRequest {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    protected QuitusRequest() {
        // for JPA
    }

    public QuitusRequest(Long requestId, String employerNumber) {
        this.requestId = Objects.requireNonNull(requestId);
        this.employerNumber = Objects.requireNonNull(employerNumber);
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }
}
