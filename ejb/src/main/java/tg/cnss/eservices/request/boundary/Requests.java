package tg.cnss.eservices.request.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * The requester's side of every request: submit (the request and its routing message commit
 * together), list, read, answer the agent. Everything is looked up from the caller's identity:
 * a reference that belongs to someone else is as unknown as one that does not exist.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class Requests {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestRepository requests;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestSubmission submission;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    public RequestReceipt submitClaim(@NotNull @Valid ClaimForm form) {
        return submitClaim(form, List.of());
    }

    /** The claim with its evidence; one refused file refuses the whole claim, which is not filed. */
    public RequestReceipt submitClaim(@NotNull @Valid ClaimForm form, @NotNull List<UploadedFile> files) {
        String payload = Json.createObjectBuilder()
                .add("object", form.object().strip())
                .add("explanation", form.explanation().strip())
                .build()
                .toString();
        return submit(RequestKind.CLAIM, form.object().strip(), payload, files);
    }

    /**
     * Checks files as a form collects them, before the preview, so that a refused file is said at
     * once; submitting checks them again.
     */
    public List<AttachmentLine> check(@NotNull List<UploadedFile> files) {
        return attachments.inspect(files).stream()
                .map(file -> new AttachmentLine(0, file.fileName(), file.type().label(), file.size(), null, null))
                .toList();
    }

    public List<RequestSummary> mine() {
        List<ServiceRequest> mine = requests.ofRequester(callerAccountId());
        Map<Long, RequestEvent> latest = requests.latestEventsOf(mine).stream()
                .collect(Collectors.toMap(event -> event.getRequest().getId(), Function.identity()));
        return mine.stream()
                .map(request -> {
                    RequestEvent last = latest.get(request.getId());
                    return new RequestSummary(
                            request.getReference().toString(),
                            request.getKind(),
                            request.getKind().label(),
                            request.getSummary(),
                            request.getSubmittedAt(),
                            request.getStatus(),
                            last == null ? "" : last.getType().label(),
                            last == null ? null : last.getOccurredAt());
                })
                .toList();
    }

    public RequestDetail detail(String reference) {
        return RequestDetails.forRequester(owned(reference), requests, attachments, em);
    }

    /** The requester's answer to an agent's question, with new files if any; the request goes back to the agent. */
    public void answer(String reference, String answer, @NotNull List<UploadedFile> files) {
        ServiceRequest request = owned(reference);
        RequestEvent event = request.answer(clock.instant(), callerEmail(), answer);
        requests.record(event);
        attachments.attach(event, files);
    }

    /** A file of one of the caller's requests; anyone else's is as unknown as a missing one. */
    public AttachmentDownload attachment(long attachmentId) {
        RequestAttachment attachment = attachments
                .find(attachmentId)
                .filter(found -> found.getRequest().isOwnedBy(callerAccountId()))
                .orElseThrow(() -> {
                    // Someone trying other people's attachment ids: audited as the agents' side is.
                    audit.record(
                            callerEmail(), null, AuditAction.ACCESS_DENIED, "REFUSE", "pièce jointe " + attachmentId);
                    return new UnknownRequestException("pièce jointe " + attachmentId);
                });
        return new AttachmentDownload(
                attachment.getFileName(), attachment.getType().mediaType(), attachments.contentOf(attachment));
    }

    private RequestReceipt submit(RequestKind kind, String summary, String payload, List<UploadedFile> files) {
        UserAccount requester = accounts.getByEmail(new EmailAddress(callerEmail()));
        return submission.submit(
                kind,
                new RequestSubmission.Requester(
                        requester.getId(), requester.getEmail().value(), requester.getFullName(), null),
                summary,
                payload,
                files);
    }

    private ServiceRequest owned(String reference) {
        return requests.findByReference(
                        reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(request -> request.isOwnedBy(callerAccountId()))
                .orElseThrow(() -> new UnknownRequestException(reference));
    }

    /** The caller's account, from the authenticated principal: requests belong to accounts, not to addresses. */
    private long callerAccountId() {
        return accounts.getByEmail(new EmailAddress(callerEmail())).getId();
    }

    private String callerEmail() {
        return session.getCallerPrincipal().getName();
    }
}
