package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrLayout;
import tg.cnss.eservices.declaration.control.DnrReportJson;
import tg.cnss.eservices.declaration.entity.DnrUpload;
import tg.cnss.eservices.declaration.entity.DnrUploadContent;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.platform.boundary.InvalidFormException;

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

    /** An upload whose state has not moved for this long was interrupted (its server stopped). */
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Inject
    JMSContext jms;

    @Inject
    CallerEmployers employers;

    @Inject
    Clock clock;

    /** Keeps the file and queues it to be read; its status at once (waiting to be read). */
    public DnrUploadStatus submit(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidFormException(Map.of("fichier", "Fichier D.N.R : choisissez le fichier à envoyer."));
        }
        if (content.length > DnrLayout.MAX_BYTES) {
            throw new InvalidFormException(Map.of(
                    "fichier",
                    "Fichier D.N.R : 10 Mo au plus. Retirez les lignes vides et les mises en forme, ou envoyez la"
                            + " déclaration par l'API des logiciels de paie."));
        }
        String name = fileName == null || fileName.isBlank() ? "dnr.xlsx" : fileName.strip();
        DnrUpload upload =
                new DnrUpload(newToken(), myEmployerNumber(), name, content.length, caller(), clock.instant());
        em.persist(upload);
        em.flush();
        em.persist(new DnrUploadContent(upload.getId(), content));
        // Same JTA transaction: the message leaves only if the upload and its bytes are stored.
        jms.createProducer().send(queue, String.valueOf(upload.getId()));
        return statusOf(upload, false);
    }

    /** The status of one of the caller's uploads; another employer's token is unknown. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DnrUploadStatus> status(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT u FROM DnrUpload u WHERE u.token = :token AND u.employerNumber = :employer",
                        DnrUpload.class)
                .setParameter("token", token)
                .setParameter("employer", myEmployerNumber())
                .getResultStream()
                .findFirst()
                .map(upload -> statusOf(upload, true));
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
                .map(upload -> statusOf(upload, false))
                .toList();
    }

    private DnrUploadStatus statusOf(DnrUpload upload, boolean withReport) {
        boolean stalled = !upload.getState().isFinished()
                && upload.getUpdatedAt().plus(STALLED_AFTER).isBefore(clock.instant());
        String replaced = null;
        if (withReport && upload.getDeclarationReference() != null) {
            replaced = em.createQuery(
                            "SELECT d FROM WageDeclaration d WHERE d.reference = :reference", WageDeclaration.class)
                    .setParameter("reference", upload.getDeclarationReference())
                    .getResultStream()
                    .findFirst()
                    .map(WageDeclaration::previousReference)
                    .orElse(null);
        }
        return new DnrUploadStatus(
                upload.getToken(),
                upload.getFileName(),
                upload.getSizeBytes(),
                upload.getState(),
                stalled,
                upload.getRowsRead(),
                upload.getRowsExpected(),
                upload.getUploadedAt(),
                upload.getOutcome() == null ? null : DnrCheck.Status.valueOf(upload.getOutcome()),
                withReport && upload.getReport() != null ? DnrReportJson.read(upload.getReport()) : null,
                upload.getDeclarationReference(),
                replaced);
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String myEmployerNumber() {
        return employers.of(caller()).canonical();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
