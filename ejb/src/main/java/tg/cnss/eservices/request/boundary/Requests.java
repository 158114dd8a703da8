package tg.cnss.eservices.request.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestNotices;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RoutedRequest;
import tg.cnss.eservices.request.entity.ReferenceCounter;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.RequestReference;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.worklist.entity.RoutingRule;

/**
 * The requester's side of every request: submit (the request and its routing message commit
 * together), list, read, answer the agent. Everything is looked up from the caller's identity:
 * a reference that belongs to someone else is as unknown as one that does not exist.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class Requests {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    JMSContext jms;

    @Inject
    RequestRepository requests;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestNotices notices;

    @Inject
    ReferenceCounters counters;

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
                .build().toString();
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
        List<ServiceRequest> mine = requests.ofRequester(callerEmail());
        Map<Long, RequestEvent> latest = requests.latestEventsOf(mine).stream()
                .collect(Collectors.toMap(event -> event.getRequest().getId(), Function.identity()));
        return mine.stream().map(request -> {
            RequestEvent last = latest.get(request.getId());
            return new RequestSummary(request.getReference().toString(), request.getKind(), request.getKind().label(), request.getSummary(),
                    request.getSubmittedAt(), request.getStatus(), last == null ? "" : last.getType().label(),
                    last == null ? null : last.getOccurredAt());
        }).toList();
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
        RequestAttachment attachment = attachments.find(attachmentId)
                .filter(found -> found.getRequest().isOwnedBy(callerEmail()))
                .orElseThrow(() -> new UnknownRequestException("pièce jointe " + attachmentId));
        return new AttachmentDownload(attachment.getFileName(), attachment.getType().mediaType(),
                attachments.contentOf(attachment));
    }

    private RequestReceipt submit(RequestKind kind, String summary, String payload, List<UploadedFile> files) {
        UserAccount requester = accounts.getByEmail(new EmailAddress(callerEmail()));
        RoutingRule rule = em.find(RoutingRule.class, kind);
        if (rule == null) {
            throw new IllegalStateException("Aucun service n'est désigné pour les demandes de type " + kind);
        }
        Instant now = clock.instant();
        ServiceRequest request = new ServiceRequest(nextReference(kind, now.atZone(ZoneOffset.UTC).getYear()),
                requester.getEmail().value(), requester.getFullName(), summary, payload,
                rule.getDepartment().getCode(), now);
        requests.add(request);
        RequestEvent submitted = request.submitted();
        requests.record(submitted);
        attachments.attach(submitted, files);
        em.flush();
        // Same JTA transaction as the rows above: the message leaves only if they commit.
        jms.createProducer().send(queue(rule.getDepartment().getQueueJndi()),
                new RoutedRequest(request.getId(), kind.name(), request.getReference().toString()).toJson());
        notices.announce(request, submitted);
        return new RequestReceipt(request.getReference().toString(), kind.label(), now, rule.getDepartment().getName(),
                rule.getServiceLevelDays());
    }

    private RequestReference nextReference(RequestKind kind, int year) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(kind.prefix(), year);
        // Create the year's counter before locking anything: on InnoDB a locking read of a
        // missing row takes a gap lock, which would block the creating transaction (found by CI
        // on MariaDB: lock wait timeout).
        if (em.find(ReferenceCounter.class, key) == null) {
            try {
                counters.createIfMissing(kind, year);
            } catch (EJBException lostTheRaceToAnotherRequest) {
                // Another request created the row at the same moment: it exists now either way.
            }
        }
        return em.find(ReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE).next();
    }

    private ServiceRequest owned(String reference) {
        return requests.findByReference(reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(request -> request.isOwnedBy(callerEmail()))
                .orElseThrow(() -> new UnknownRequestException(reference));
    }

    private String callerEmail() {
        return session.getCallerPrincipal().getName();
    }

    private static Queue queue(String jndiName) {
        try {
            return (Queue) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("File JMS introuvable : " + jndiName, e);
        }
    }

    /** The form's fields with their labels, for the detail page and the PDF summary. */
    static Map<String, String> fieldsOf(ServiceRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(request.getPayload()))) {
            var json = reader.readObject();
            if (request.getKind() == RequestKind.CLAIM) {
                fields.put("Objet de la réclamation", json.getString("object", ""));
                fields.put("Explication", json.getString("explanation", ""));
            }
        }
        return fields;
    }
}
