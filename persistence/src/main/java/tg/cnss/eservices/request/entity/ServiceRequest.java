package tg.cnss.eservices.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Any request of an employer or insured person — a claim today, quitus, benefits and the rest
 * later: one life cycle for all. Changes are verbs that check the transition and return the event
 * to record, so that no status moves without its line in the history.
 */
@Entity
@Table(name = "service_request")
@NamedQuery(
        name = ServiceRequest.BY_REQUESTER,
        query = "SELECT r FROM ServiceRequest r WHERE r.requesterAccountId = :account"
                + " ORDER BY r.submittedAt DESC, r.id DESC")
public class ServiceRequest {

    public static final String BY_REQUESTER = "ServiceRequest.byRequester";
    public static final int SUMMARY_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    /** The code of the kind (its plug-in's), e.g. CLAIM: kinds are plug-ins, not a list known here. */
    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    /** The requester's account e-mail: the owner against which every access is checked. */
    @Column(name = "requester_email", nullable = false, length = 254)
    private String requesterEmail;

    /**
     * The account the request belongs to; none for a public pre-registration, which only the
     * session that filed it and the CNSS reach (the typed e-mail address proves nothing).
     */
    @Column(name = "requester_account_id")
    private Long requesterAccountId;

    @Column(name = "requester_name", nullable = false, length = 150)
    private String requesterName;

    /**
     * For requests made without an account (public forms): the phone the applicant gave, in
     * "+228XXXXXXXX" form, so that they are told by SMS too. Account holders' phones come from
     * their account.
     */
    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    /** One line that lists and e-mails can show (e.g. the claim's object). */
    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    /** The kind's form, as JSON. */
    @Lob
    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_code", length = 40)
    private String rejectionCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceRequest() {
        // for JPA
    }

    /** A request as the requester confirms it: SUBMITTED at once (drafts come with long forms). */
    public ServiceRequest(
            String kind,
            RequestReference reference,
            Long requesterAccountId,
            String requesterEmail,
            String requesterName,
            String summary,
            String payload,
            String departmentCode,
            Instant submittedAt) {
        this.reference = reference.toString();
        this.kind = Objects.requireNonNull(kind);
        this.requesterAccountId = requesterAccountId;
        this.requesterEmail = Objects.requireNonNull(requesterEmail);
        this.requesterName = Objects.requireNonNull(requesterName);
        // A list line, not the form: cut to the column rather than refuse the request.
        this.summary = summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
        this.payload = Objects.requireNonNull(payload);
        this.departmentCode = Objects.requireNonNull(departmentCode);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.status = RequestStatus.SUBMITTED;
    }

    public void recordContactPhone(String phone) {
        this.contactPhone = phone;
    }

    public RequestEvent submitted() {
        return new RequestEvent(this, submittedAt, requesterEmail, RequestEventType.SUBMITTED, null, status, null);
    }

    /** The department's worklist received it. */
    public RequestEvent route(Instant at) {
        return moveTo(RequestStatus.ROUTED, at, "système", RequestEventType.ROUTED, null, RequestStatus.SUBMITTED);
    }

    public RequestEvent take(Instant at, String agent) {
        return moveTo(RequestStatus.IN_PROGRESS, at, agent, RequestEventType.TAKEN, null, RequestStatus.ROUTED);
    }

    public RequestEvent requestInformation(Instant at, String agent, String question) {
        return moveTo(
                RequestStatus.INFO_REQUESTED,
                at,
                agent,
                RequestEventType.INFO_REQUESTED,
                required(question),
                RequestStatus.IN_PROGRESS);
    }

    public RequestEvent answer(Instant at, String requester, String answer) {
        return moveTo(
                RequestStatus.IN_PROGRESS,
                at,
                requester,
                RequestEventType.ANSWERED,
                required(answer),
                RequestStatus.INFO_REQUESTED);
    }

    public RequestEvent approve(Instant at, String agent, String note) {
        RequestEvent event =
                moveTo(RequestStatus.APPROVED, at, agent, RequestEventType.APPROVED, note, RequestStatus.IN_PROGRESS);
        decidedAt = at;
        return event;
    }

    public RequestEvent reject(Instant at, String agent, RejectionReason reason, String explanation) {
        RequestEvent event = moveTo(
                RequestStatus.REJECTED,
                at,
                agent,
                RequestEventType.REJECTED,
                reason.label() + " — " + required(explanation),
                RequestStatus.IN_PROGRESS);
        decidedAt = at;
        rejectionCode = reason.name();
        return event;
    }

    /**
     * A supervisor hands the request to another agent: a line in the history, no change of
     * status. A decided request is closed and stays with whoever decided it.
     */
    public RequestEvent reassign(Instant at, String supervisor, String comment) {
        if (status.isFinal()) {
            throw new IllegalRequestTransitionException(
                    "La demande " + reference + " est close (« " + status.label() + " ») : elle ne se réaffecte plus.");
        }
        return new RequestEvent(this, at, supervisor, RequestEventType.REASSIGNED, status, status, required(comment));
    }

    /** Throws now if the request cannot reach the status, before any effect of the change is made. */
    public void checkCanMoveTo(RequestStatus target) {
        boolean allowed = switch (target) {
            case APPROVED, REJECTED, INFO_REQUESTED -> status == RequestStatus.IN_PROGRESS;
            default -> true;
        };
        if (!allowed) {
            throw new IllegalRequestTransitionException(reference, status, target);
        }
    }

    private RequestEvent moveTo(
            RequestStatus target,
            Instant at,
            String actor,
            RequestEventType type,
            String comment,
            RequestStatus... allowedFrom) {
        if (!java.util.List.of(allowedFrom).contains(status)) {
            throw new IllegalRequestTransitionException(reference, status, target);
        }
        RequestStatus from = status;
        status = target;
        return new RequestEvent(this, at, actor, type, from, target, comment);
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Un message est obligatoire");
        }
        return text.strip();
    }

    /** Whether the request belongs to this account (a public request belongs to none). */
    public boolean isOwnedBy(long accountId) {
        return requesterAccountId != null && requesterAccountId == accountId;
    }

    public Long getRequesterAccountId() {
        return requesterAccountId;
    }

    public Long getId() {
        return id;
    }

    public RequestReference getReference() {
        return RequestReference.parse(reference);
    }

    public String getKind() {
        return kind;
    }

    /** The requester's account now signs in with another address: its requests follow it. */
    public void changeRequesterEmail(String newEmail) {
        this.requesterEmail = Objects.requireNonNull(newEmail);
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getPayload() {
        return payload;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionCode() {
        return rejectionCode;
    }

    public long getVersion() {
        return version;
    }
}
