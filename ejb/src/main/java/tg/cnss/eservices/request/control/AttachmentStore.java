package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.InspectedFile;
import tg.cnss.eservices.platform.control.UploadInspector;
import tg.cnss.eservices.request.entity.AttachmentContent;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * Keeps the files joined to a request, in the caller's transaction: every file is inspected before
 * any is stored, so that one refused file leaves nothing behind (and rolls the step back).
 */
@Dependent
public class AttachmentStore {

    /**
     * Per submission or answer: enough for the longest list a form asks for (the I.J.M's pregnancy
     * certificate, work stop, birth certificate and payslips), bounded for the form's memory.
     */
    public static final int MAX_FILES_PER_STEP = 5;

    @PersistenceContext
    EntityManager em;

    private final UploadInspector inspector = UploadInspector.forDocuments();

    public List<InspectedFile> inspect(List<UploadedFile> uploads) {
        if (uploads.size() > MAX_FILES_PER_STEP) {
            throw new RejectedUploadException("Joignez au plus " + MAX_FILES_PER_STEP
                    + " fichiers à la fois (rassemblez plusieurs pages dans un même PDF).");
        }
        return uploads.stream().map(inspector::inspect).toList();
    }

    public void attach(RequestEvent event, List<UploadedFile> uploads) {
        for (InspectedFile file : inspect(uploads)) {
            RequestAttachment attachment =
                    new RequestAttachment(event, file.fileName(), file.type(), file.size(), file.sha256());
            em.persist(attachment);
            em.persist(new AttachmentContent(attachment, file.content()));
        }
    }

    public List<RequestAttachment> of(ServiceRequest request) {
        return em.createQuery(
                        "SELECT a FROM RequestAttachment a WHERE a.request = :request ORDER BY a.id",
                        RequestAttachment.class)
                .setParameter("request", request)
                .getResultList();
    }

    public Optional<RequestAttachment> find(long id) {
        return Optional.ofNullable(em.find(RequestAttachment.class, id));
    }

    public byte[] contentOf(RequestAttachment attachment) {
        return em.find(AttachmentContent.class, attachment.getId()).getContent();
    }
}
