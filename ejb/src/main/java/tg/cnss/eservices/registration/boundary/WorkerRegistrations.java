package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PublicFormLimits;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.IdDocumentKind;
import tg.cnss.eservices.reference.entity.IdDocumentType;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.WorkerRegistrationKind;
import tg.cnss.eservices.registration.control.WorkerRegistrationRules;
import tg.cnss.eservices.registration.control.WorkerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Demande d'immatriculation travailleur": the employer registers a worker from his space, or the
 * worker registers himself from the public form once a month has passed since his hiring. Both
 * become a request for Immatriculation with the scan of the ID document; the preview says what
 * the CNSS will read, and a late registration is accepted and said so.
 */
@Stateless
public class WorkerRegistrations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    SessionContext session;

    @Inject
    PublicFormLimits limits;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    AttachmentStore attachments;

    @Inject
    WorkerRegistry registry;

    @Inject
    EmployerRegistry employers;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    Requesters requesters;

    @Inject
    ReferenceData referenceData;

    @Inject
    WorkerRegistrationKind kind;

    @Inject
    Clock clock;

    @RolesAllowed("EMPLOYER")
    public WorkerRegistrationPreview preview(@NotNull WorkerRegistrationForm form, @NotNull List<UploadedFile> files) {
        return previewOf(applicationByEmployer(form, files));
    }

    @RolesAllowed("EMPLOYER")
    public RequestReceipt submit(@NotNull WorkerRegistrationForm form, @NotNull List<UploadedFile> files) {
        WorkerRegistrationKind.Application application = applicationByEmployer(form, files);
        Requesters.Account account = requesters
                .byPrincipal(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable"));
        return file(
                application,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                files);
    }

    @PermitAll
    public WorkerRegistrationPreview previewAsWorker(
            @NotNull WorkerRegistrationForm form, @NotNull List<UploadedFile> files) {
        return previewOf(applicationByWorker(form, files));
    }

    /** Files the worker's own request from {@code address} (public forms are limited per address). */
    @PermitAll
    public RequestReceipt submitAsWorker(
            @NotNull WorkerRegistrationForm form, @NotNull List<UploadedFile> files, String address) {
        WorkerRegistrationKind.Application application = applicationByWorker(form, files);
        limits.take("preimmatriculation", address);
        RequestReceipt receipt = file(
                application,
                new RequestSubmission.Requester(
                        null,
                        application.email() == null ? "" : application.email(),
                        application.firstNames() + " " + application.lastName(),
                        application.phone()),
                files);
        registry.tellEmployerOfSelfRegistration(application, receipt.reference());
        return receipt;
    }

    private RequestReceipt file(
            WorkerRegistrationKind.Application application,
            RequestSubmission.Requester requester,
            List<UploadedFile> files) {
        RequestReceipt receipt = submission.submit(
                kind,
                requester,
                application.fullName() + " — embauche le "
                        + application.hireDate().format(DAY),
                application,
                files);
        registry.index(
                application,
                requests.findByReference(receipt.reference()).orElseThrow().getId());
        return receipt;
    }

    private WorkerRegistrationPreview previewOf(WorkerRegistrationKind.Application application) {
        List<String> notes = WorkerRegistrationRules.lateness(application.hireDate(), today()).stream()
                .toList();
        return new WorkerRegistrationPreview(kind.sections(application), notes);
    }

    private WorkerRegistrationKind.Application applicationByEmployer(
            WorkerRegistrationForm form, List<UploadedFile> files) {
        Map<String, String> errors = new LinkedHashMap<>(rules().checkByEmployer(form));
        requireScan(errors, files);
        refuseIfInvalid(errors);
        EmployerNumber employer = callerEmployer.of(session.getCallerPrincipal().getName());
        String name = employers.findByNumber(employer).map(Employer::getName).orElse(employer.display());
        return applicationOf(form, false, employer, name);
    }

    private WorkerRegistrationKind.Application applicationByWorker(
            WorkerRegistrationForm form, List<UploadedFile> files) {
        Map<String, String> errors = new LinkedHashMap<>(rules().checkByWorker(form));
        Optional<Employer> employer = Optional.empty();
        if (!errors.containsKey("numeroEmployeur")) {
            employer = employers.findByNumber(EmployerNumber.parse(form.employerNumber()));
            if (employer.isEmpty()) {
                errors.put(
                        "numeroEmployeur",
                        "N° employeur : aucun employeur n'est immatriculé sous ce numéro ; vérifiez-le sur votre"
                                + " bulletin de paie ou votre contrat.");
            }
        }
        requireScan(errors, files);
        refuseIfInvalid(errors);
        return applicationOf(
                form,
                true,
                employer.orElseThrow().getNumber(),
                employer.orElseThrow().getName());
    }

    private WorkerRegistrationKind.Application applicationOf(
            WorkerRegistrationForm form, boolean byWorker, EmployerNumber employer, String employerName) {
        Map<String, String> documents = referenceData.idDocumentTypes().stream()
                .collect(Collectors.toMap(IdDocumentType::getCode, IdDocumentType::getLabel));
        return new WorkerRegistrationKind.Application(
                byWorker,
                employer.display(),
                employerName,
                form.lastName().strip().toUpperCase(Locale.FRENCH),
                text(form.firstNames()),
                form.sex(),
                form.birthDate(),
                text(form.birthPlace()),
                text(form.nationality()),
                form.civilStatusType(),
                documents.get(form.civilStatusType()),
                text(form.civilStatusNumber()),
                form.civilStatusDate(),
                text(form.civilStatusPlace()),
                form.idDocumentType(),
                documents.get(form.idDocumentType()),
                text(form.idDocumentNumber()),
                text(form.address()),
                phone(form.phone()),
                text(form.email()),
                form.hireDate(),
                text(form.job()),
                form.monthlyPay(),
                form.contractType(),
                form.insuredNumber() == null || form.insuredNumber().isBlank()
                        ? null
                        : InsuredNumber.parse(form.insuredNumber()).display());
    }

    /** The ID document's scan is part of the file the agent checks (the manual: "copie certifiée"). */
    private static void requireScan(Map<String, String> errors, List<UploadedFile> files) {
        if (files.isEmpty()) {
            errors.put(
                    "pieces",
                    "Pièces jointes : joignez la copie de la pièce d'identité (PDF, JPEG ou PNG), et si"
                            + " possible celle de l'acte de naissance ou du jugement supplétif.");
        }
    }

    private WorkerRegistrationRules rules() {
        List<IdDocumentType> documents = referenceData.idDocumentTypes();
        return new WorkerRegistrationRules(
                today(), codesOf(documents, IdDocumentKind.IDENTITY), codesOf(documents, IdDocumentKind.CIVIL_STATUS));
    }

    private static java.util.Set<String> codesOf(List<IdDocumentType> documents, IdDocumentKind kind) {
        return documents.stream()
                .filter(document -> document.getKind() == kind)
                .map(IdDocumentType::getCode)
                .collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }

    private static void refuseIfInvalid(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }

    private static String phone(String typed) {
        return typed == null || typed.isBlank() || typed.strip().equals("+228")
                ? null
                : PhoneNumber.parse(typed).e164();
    }

    /** A typed text, trimmed; blank is nothing. */
    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
