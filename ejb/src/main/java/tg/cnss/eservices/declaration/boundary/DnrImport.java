package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrField;
import tg.cnss.eservices.declaration.control.DnrFileCheck;
import tg.cnss.eservices.declaration.control.DnrFileRefusedException;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.declaration.control.DnrRulesInForce;
import tg.cnss.eservices.declaration.control.DnrWorkbook;
import tg.cnss.eservices.declaration.control.DnrWorkbookReader;
import tg.cnss.eservices.declaration.control.KnownNumbersLookup;
import tg.cnss.eservices.declaration.entity.DnrUpload.State;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * Reads an uploaded DNR file in the background (issue 10: big files never freeze the page): the
 * bytes to a temporary file, the streaming reader, the same rules as the online form, then the
 * report — and, when accepted, the quarter's DNR. Outside any transaction: each step commits its own
 * (see {@link DnrUploadSteps}) so that the progress shows while the file is read.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DnrImport {

    private static final Logger LOG = Logger.getLogger(DnrImport.class.getName());

    /** The progress is written at most this often: the page polls every second. */
    private static final long PROGRESS_EVERY_NANOS = 400_000_000L;

    @Inject
    DnrUploadSteps steps;

    /** The registry's queries run beside the reading (see KnownNumbersLookup). */
    @Resource
    ManagedExecutorService executor;

    @Inject
    InsuredRegistry insured;

    @Inject
    DnrRulesInForce rulesInForce;

    public void process(long uploadId) {
        Optional<DnrUploadSteps.Job> taken;
        try {
            taken = steps.take(uploadId);
        } catch (RuntimeException notTaken) {
            // most often another delivery of the same message took it first (its version changed);
            // anything else leaves the upload waiting, shown as interrupted after a while
            LOG.log(Level.WARNING, "Fichier DNR " + uploadId + " non pris en charge", notTaken);
            return;
        }
        if (taken.isEmpty()) {
            return;
        }
        DnrUploadSteps.Job job = taken.get();
        Path file = null;
        try {
            file = Files.createTempFile("dnr-", ".xlsx");
            Files.write(file, job.content());
            run(job, file);
        } catch (DnrFileRefusedException refused) {
            steps.reject(uploadId, DnrReport.refused(refused.getMessage()));
        } catch (IOException | RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Lecture du fichier DNR " + uploadId + " interrompue", unexpected);
            steps.fail(
                    uploadId,
                    "Le fichier n'a pas pu être traité à la suite d'un incident technique. Envoyez-le de nouveau ;"
                            + " si l'incident se répète, faites une réclamation en joignant le fichier.");
        } finally {
            delete(file);
        }
    }

    /**
     * Reads, checks and records in one pass over the file: each line is checked as it is read and
     * only its typed form is kept, while the registry is asked about the numbers beside the reading;
     * the numbers are then checked against its answers, and the report written.
     */
    private void run(DnrUploadSteps.Job job, Path file) {
        long started = System.nanoTime();
        long[] lastWrite = {started};
        KnownNumbersLookup lookup = new KnownNumbersLookup(executor, insured::knownAmong);
        List<DnrRules.Session> session = new ArrayList<>(1);
        DnrWorkbook workbook = DnrWorkbookReader.stream(
                file,
                (read, expected) -> {
                    long now = System.nanoTime();
                    if (now - lastWrite[0] >= PROGRESS_EVERY_NANOS) {
                        lastWrite[0] = now;
                        steps.advance(job.id(), State.READING, read, expected);
                    }
                },
                quarter -> {
                    DnrRules.Session checking =
                            rulesInForce.of(quarter, Set.of()).begin();
                    session.add(checking);
                    return row -> {
                        lookup.offer(row.insuredNumber());
                        checking.accept(row);
                    };
                });
        long read = System.nanoTime();
        Set<String> known = lookup.known();
        long looked = System.nanoTime();
        DnrCheck check = session.get(0)
                .finish(workbook.headerValue(DnrField.TOTAL), number -> known.contains(number.canonical()));
        steps.advance(job.id(), State.CHECKING, check.workerCount(), check.workerCount());
        DnrFileCheck.Outcome outcome =
                DnrFileCheck.outcomeOf(workbook, EmployerNumber.parse(job.employerNumber()), check);
        DnrReport report = outcome.report();
        long checked = System.nanoTime();
        Quarter quarter = workbook.quarter();
        if (!report.accepted()) {
            steps.reject(job.id(), report);
        } else {
            steps.advance(job.id(), State.STORING, check.workerCount(), check.workerCount());
            steps.accept(job.id(), job, quarter, outcome.lines(), report);
        }
        long stored = System.nanoTime();
        LOG.info(() -> String.format(
                "DNR %d (%s, %d travailleur(s)) : %s ; lecture et contrôle %d ms, attente du répertoire des assurés"
                        + " %d ms, rapport %d ms, enregistrement %d ms",
                job.id(),
                quarter.code(),
                check.workerCount(),
                report.status(),
                (read - started) / 1_000_000,
                (looked - read) / 1_000_000,
                (checked - looked) / 1_000_000,
                (stored - checked) / 1_000_000));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Fichier temporaire " + file + " non effacé", e);
            }
        }
    }
}
