package tg.cnss.eservices.request.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.FormValidation;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.ClaimKind;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.RequestKind;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * The requester's side of every request: submit (the request and its routing message commit
 * together), list, read, answer the agent. Everything is looked up from the caller's identity:
 * a reference that belongs to someone else is as unknown as one that does not exist.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
@FormValidation
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
    Requesters requesters;

    @Inject
    RequestSubmission submission;

    @Inject
    AttachmentStore attachments;

    @Inject
    RequestDetails details;

    @Inject
    Clock clock;

    @Inject
    ClaimKind claims;

    @Inject
    RequestKinds kinds;

    public RequestReceipt submitClaim(@NotNull @Valid ClaimForm form) {
        return submitClaim(form, List.of());
    }

    /** The claim with its evidence; one refused file refuses the whole claim, which is not filed. */
    public RequestReceipt submitClaim(@NotNull @Valid ClaimForm form, @NotNull List<UploadedFile> files) {
        return submit(
                claims,
                form.object().strip(),
                new ClaimKind.Claim(form.object().strip(), form.explanation().strip()),
                files);
    }

    /**
     * Checks files as a form collects them, before the preview, so that a refused file is said at
     * once; submitting checks them again. Open to public forms too: it reads only the files sent.
     */
    @PermitAll
    public List<AttachmentLine> check(@NotNull List<UploadedFile> files) {
        return attachments.inspect(files).stream()
                .map(file -> new AttachmentLine(0, file.fileName(), file.type().label(), file.size(), null, null))
                .toList();
    }

    /** For the dashboards: how many of the caller's requests are in progress. */
    public long openCount() {
        return requests.openCountOf(callerAccountId());
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
                            kinds.codeOf(request),
                            kinds.labelOf(request),
                            request.getSummary(),
                            request.getSubmittedAt(),
                            request.getStatus(),
                            last == null ? "" : last.getType().label(),
                            last == null ? null : last.getOccurredAt());
                })
                .toList();
    }

    public RequestDetail detail(String reference) {
        return details.forRequester(owned(reference));
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

    private <P> RequestReceipt submit(RequestKind<P> kind, String summary, P payload, List<UploadedFile> files) {
        Requesters.Account requester = caller();
        return submission.submit(
                kind,
                new RequestSubmission.Requester(requester.id(), requester.email(), requester.fullName(), null),
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
        return caller().id();
    }

    private Requesters.Account caller() {
        return requesters
                .byPrincipal(callerEmail())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable : " + callerEmail()));
    }

    private String callerEmail() {
        return session.getCallerPrincipal().getName();
    }
}
