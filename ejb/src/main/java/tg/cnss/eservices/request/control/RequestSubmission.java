package tg.cnss.eservices.request.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.ReferenceCounters;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.entity.ReferenceCounter;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestReference;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.Payloads;
import tg.cnss.eservices.request.spi.RequestKind;
import tg.cnss.eservices.request.spi.RequestRouter;

/**
 * Files any request, from a signed-in person or from a public form: the request, its first
 * event and its files are stored, and its routing message is sent to the department's queue — all
 * in the caller's (XA) transaction, so that they commit or roll back together.
 */
@Dependent
public class RequestSubmission {

    /** Who files: the account (none for a public form), and how to reach them. */
    public record Requester(Long accountId, String email, String name, String phone) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Inject
    RequestRepository requests;

    @Inject
    RequestNotices notices;

    @Inject
    ReferenceCounters counters;

    @Inject
    AttachmentStore attachments;

    @Inject
    Clock clock;

    @Inject
    RequestRouter router;

    /** Files a request of the kind, its form stored as the kind's payload record. */
    public <P> RequestReceipt submit(
            RequestKind<P> kind, Requester requester, String summary, P payload, List<UploadedFile> files) {
        RequestRouter.Route route = router.routeOf(kind.code())
                .orElseThrow(() -> new IllegalStateException(
                        "Aucun service n'est désigné pour les demandes de type " + kind.label()));
        Instant now = clock.instant();
        ServiceRequest request = new ServiceRequest(
                kind.code(),
                nextReference(kind, now.atZone(ZoneOffset.UTC).getYear()),
                requester.accountId(),
                requester.email(),
                requester.name(),
                summary,
                Payloads.write(kind.payloadType().cast(payload)),
                route.departmentCode(),
                now);
        request.recordContactPhone(requester.phone());
        requests.add(request);
        RequestEvent submitted = request.submitted();
        requests.record(submitted);
        attachments.attach(submitted, files);
        em.flush();
        // Same JTA transaction as the rows above: the message leaves only if they commit.
        jms.createProducer()
                .send(
                        queue(route.queueJndi()),
                        new RoutedRequest(
                                        request.getId(),
                                        kind.code(),
                                        request.getReference().toString())
                                .toJson());
        notices.announce(request, submitted);
        return new RequestReceipt(
                request.getReference().toString(), kind.label(), now, route.departmentName(), route.serviceLevelDays());
    }

    private RequestReference nextReference(RequestKind<?> kind, int year) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(kind.prefix(), year);
        // Create the year's counter before locking anything: on InnoDB a locking read of a
        // missing row takes a gap lock, which would block the creating transaction (found by CI
        // on MariaDB: lock wait timeout).
        if (em.find(ReferenceCounter.class, key) == null) {
            try {
                counters.createIfMissing(kind.prefix(), year);
            } catch (EJBException lostTheRaceToAnotherRequest) {
                // Another request created the row at the same moment: it exists now either way.
            }
        }
        return counters.next(kind.prefix(), year);
    }

    private static Queue queue(String jndiName) {
        try {
            return (Queue) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("File JMS introuvable : " + jndiName, e);
        }
    }
}
