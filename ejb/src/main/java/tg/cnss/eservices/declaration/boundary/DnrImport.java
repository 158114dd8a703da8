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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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
        } catch (RuntimeException takenMeanwhile) {
            return; // another delivery of the same message took it first
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

    private void run(DnrUploadSteps.Job job, Path file) {
        long started = System.nanoTime();
        long[] lastWrite = {started};
        KnownNumbersLookup lookup = new KnownNumbersLookup(executor, insured::knownAmong);
        DnrWorkbook workbook = DnrWorkbookReader.read(
                file,
                (read, expected) -> {
                    long now = System.nanoTime();
                    if (now - lastWrite[0] >= PROGRESS_EVERY_NANOS) {
                        lastWrite[0] = now;
                        steps.advance(job.id(), State.READING, read, expected);
                    }
                },
                row -> lookup.offer(row.insuredNumber()));
        long read = System.nanoTime();
        steps.advance(
                job.id(),
                State.CHECKING,
                workbook.rows().size(),
                workbook.rows().size());
        Quarter quarter = workbook.quarter();
        DnrRules rules = rulesInForce.of(quarter, lookup.known());
        long looked = System.nanoTime();
        DnrFileCheck.Outcome outcome =
                DnrFileCheck.checkAndRead(workbook, EmployerNumber.parse(job.employerNumber()), rules);
        DnrReport report = outcome.report();
        long checked = System.nanoTime();
        if (!report.accepted()) {
            steps.reject(job.id(), report);
        } else {
            steps.advance(
                    job.id(),
                    State.STORING,
                    workbook.rows().size(),
                    workbook.rows().size());
            steps.accept(job.id(), job, quarter, outcome.lines(), report);
        }
        long stored = System.nanoTime();
        LOG.info(() -> String.format(
                "DNR %d (%s, %d ligne(s)) : %s ; lecture %d ms, répertoire des assurés %d ms, contrôle %d ms,"
                        + " enregistrement %d ms",
                job.id(),
                quarter.code(),
                workbook.rows().size(),
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
