package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.declaration.control.DnrLine;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.declaration.control.DnrReportJson;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.DnrUpload;
import tg.cnss.eservices.declaration.entity.DnrUpload.State;
import tg.cnss.eservices.declaration.entity.DnrUploadContent;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.kernel.Quarter;

/**
 * The steps of reading an uploaded DNR, each in its own transaction so that the page polling the
 * upload sees each one as it happens: taken (once — a redelivered message finds it taken),
 * progress, and the end — a report alone, or the report with the declaration recorded, both in one
 * transaction so that an accepted report never lacks its DNR. The file's bytes are deleted at the
 * end either way. Called by {@link DnrImport} from the message-driven bean, with no caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DnrUploadSteps {

    /** An upload taken to be read, with its bytes. */
    public record Job(long id, String employerNumber, String fileName, String uploadedBy, byte[] content) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    WageDeclarationRecords declarations;

    @Inject
    Clock clock;

    /** The upload, if it still waits to be read; it is then being read. */
    public Optional<Job> take(long id) {
        DnrUpload upload = em.find(DnrUpload.class, id);
        if (upload == null || upload.getState() != State.QUEUED) {
            return Optional.empty();
        }
        DnrUploadContent content = em.find(DnrUploadContent.class, id);
        if (content == null) {
            return Optional.empty();
        }
        upload.advance(State.READING, 0, 0, clock.instant());
        return Optional.of(new Job(
                id, upload.getEmployerNumber(), upload.getFileName(), upload.getUploadedBy(), content.getContent()));
    }

    public void advance(long id, State state, int read, int expected) {
        DnrUpload upload = em.find(DnrUpload.class, id);
        if (upload != null) {
            upload.advance(state, read, expected, clock.instant());
        }
    }

    /** A file refused or rejected: its report, nothing else. */
    public void reject(long id, DnrReport report) {
        DnrUpload upload = em.find(DnrUpload.class, id);
        upload.finish(report.status().name(), DnrReportJson.write(report), null, clock.instant());
        deleteContent(id);
    }

    /** An accepted file: the quarter's DNR recorded (replacing the current one) and the report. */
    public WageDeclaration accept(long id, Job job, Quarter quarter, List<DnrLine> lines, DnrReport report) {
        var now = clock.instant();
        WageDeclaration declaration = declarations.record(
                job.employerNumber(),
                quarter,
                lines,
                new WageDeclarationRecords.Submission(
                        WageDeclaration.Source.FILE,
                        job.fileName(),
                        report.monthTotals(),
                        (int) report.warningCount(),
                        job.uploadedBy()),
                now);
        DnrUpload upload = em.find(DnrUpload.class, id);
        upload.finish(report.status().name(), DnrReportJson.write(report), declaration.getReference(), now);
        deleteContent(id);
        return declaration;
    }

    /** Something unforeseen: the employer is told to send the file again; the incident is in the log. */
    public void fail(long id, String message) {
        DnrUpload upload = em.find(DnrUpload.class, id);
        if (upload != null) {
            upload.fail(DnrReportJson.write(DnrReport.refused(message)), clock.instant());
            deleteContent(id);
        }
    }

    private void deleteContent(long id) {
        DnrUploadContent content = em.find(DnrUploadContent.class, id);
        if (content != null) {
            em.remove(content);
        }
    }
}
