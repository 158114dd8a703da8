package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import tg.cnss.eservices.declaration.control.DnrJson;
import tg.cnss.eservices.declaration.control.DnrWorkbookModel;
import tg.cnss.eservices.declaration.entity.DnrUpload;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * What a payroll software sends for an employer through the partner API — its DNR, as the
 * {@code .xlsx} model or as JSON, and the monthly declaration — taken by the very code of the
 * employer's own pages: the same upload, reader, rules and report, the same declaration. Called by
 * the API's resources once they have checked the software's token, its scope and the employer's
 * mandate; {@code by} names the software in what is recorded.
 */
@Stateless
@PermitAll
public class PayrollSoftwareFilings {

    @Inject
    DnrUploadFiles files;

    @Inject
    DnrImport imports;

    @Inject
    EmployerRegistry employers;

    @Inject
    ContributionDeclarations declarations;

    /**
     * Keeps a DNR file; {@code queued}: read by the DNR queue (a large file), else by the caller
     * at once ({@link #readNow}). Its status: waiting.
     */
    public DnrUploadStatus sendDnr(
            EmployerNumber employer, String by, String fileName, byte[] content, boolean queued) {
        return files.statusOf(files.store(employer.canonical(), by, fileName, content, queued), false);
    }

    /** A DNR sent as JSON: the model filled with it, as an employer would have, then kept as a file. */
    public DnrUploadStatus sendDnr(
            EmployerNumber employer, String by, DnrJson.Declaration declaration, boolean queued) {
        String name = employers.findByNumber(employer).map(Employer::getName).orElse("");
        byte[] workbook = DnrWorkbookModel.writeDeclared(
                employer.display(), name, declaration.quarter(), declaration.total(), declaration.rows());
        return sendDnr(
                employer, by, "dnr-" + declaration.quarter().code().replace(' ', '-') + ".json.xlsx", workbook, queued);
    }

    /** Reads a kept file now, in the caller's thread, as the queue's consumer would; its final status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<DnrUploadStatus> readNow(EmployerNumber employer, String token) {
        Optional<DnrUpload> upload = files.find(employer.canonical(), token);
        upload.ifPresent(found -> imports.process(found.getId()));
        return dnrStatus(employer, token);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<DnrUploadStatus> dnrStatus(EmployerNumber employer, String token) {
        return files.find(employer.canonical(), token).map(upload -> files.statusOf(upload, true));
    }

    /** The month's contribution declaration, on top of revision {@code seenRevision} (0: none yet). */
    public DeclarationSummary declareMonth(
            EmployerNumber employer, String by, ContributionDeclarationForm form, int seenRevision) {
        return declarations.declareFor(employer.canonical(), by, form, seenRevision);
    }
}
