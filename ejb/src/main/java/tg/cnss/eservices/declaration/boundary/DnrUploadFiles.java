package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrLayout;
import tg.cnss.eservices.declaration.control.DnrReportJson;
import tg.cnss.eservices.declaration.entity.DnrUpload;
import tg.cnss.eservices.declaration.entity.DnrUploadContent;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.platform.boundary.InvalidFormException;

/**
 * The one way a DNR file comes in, from the web page or from a payroll software through the API:
 * kept in the database with a token, then read by {@link DnrImport} — from the DNR queue, or at
 * once by the caller for a small file sent through the API — and followed by its token.
 */
@Dependent
class DnrUploadFiles {

    /** An upload whose state has not moved for this long was interrupted (its server stopped). */
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DnrUploads.QUEUE)
    Queue queue;

    @Inject
    JMSContext jms;

    @Inject
    Clock clock;

    /**
     * Keeps the file of {@code employerNumber} (canonical) sent by {@code by}; queued to be read
     * unless the caller reads it itself ({@code queued} false). Its status at once: waiting.
     */
    DnrUpload store(String employerNumber, String by, String fileName, byte[] content, boolean queued) {
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
        DnrUpload upload = new DnrUpload(newToken(), employerNumber, name, content.length, by, clock.instant());
        em.persist(upload);
        em.flush();
        em.persist(new DnrUploadContent(upload.getId(), content));
        if (queued) {
            // Same JTA transaction: the message leaves only if the upload and its bytes are stored.
            jms.createProducer().send(queue, String.valueOf(upload.getId()));
        }
        return upload;
    }

    Optional<DnrUpload> find(String employerNumber, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT u FROM DnrUpload u WHERE u.token = :token AND u.employerNumber = :employer",
                        DnrUpload.class)
                .setParameter("token", token)
                .setParameter("employer", employerNumber)
                .getResultStream()
                .findFirst();
    }

    DnrUploadStatus statusOf(DnrUpload upload, boolean withReport) {
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
}
