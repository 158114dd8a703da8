package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.declaration.entity.DnrUpload;
import tg.cnss.eservices.identity.control.CallerEmployers;

/**
 * "Envoyer un fichier D.N.R" (manual, employer space, item 2): the employer sends the filled model;
 * the file waits in the database and a message on the DNR queue has any server read it
 * ({@link DnrImportConsumer}); the page follows the upload by its token — progress, then the
 * report — and finds it again after a reload or on another server.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class DnrUploads {

    public static final String QUEUE = "java:/jms/queue/cnss/dnr-imports";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DnrUploadFiles files;

    @Inject
    CallerEmployers employers;

    /** Keeps the file and queues it to be read; its status at once (waiting to be read). */
    public DnrUploadStatus submit(String fileName, byte[] content) {
        return files.statusOf(files.store(myEmployerNumber(), caller(), fileName, content, true), false);
    }

    /** The status of one of the caller's uploads; another employer's token is unknown. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DnrUploadStatus> status(String token) {
        return files.find(myEmployerNumber(), token).map(upload -> files.statusOf(upload, true));
    }

    /** The caller's latest uploads, newest first (their reports are read one at a time, by {@link #status}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DnrUploadStatus> recent() {
        return em.createQuery(
                        "SELECT u FROM DnrUpload u WHERE u.employerNumber = :employer ORDER BY u.uploadedAt DESC",
                        DnrUpload.class)
                .setParameter("employer", myEmployerNumber())
                .setMaxResults(10)
                .getResultStream()
                .map(upload -> files.statusOf(upload, false))
                .toList();
    }

    private String myEmployerNumber() {
        return employers.of(caller()).canonical();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
