package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PublicFormLimits;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.control.DomesticPreRegistrationKind;
import tg.cnss.eservices.registration.control.EmployerApplication;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.EnterprisePreRegistrationKind;
import tg.cnss.eservices.registration.control.PreRegistrationKind;
import tg.cnss.eservices.registration.control.PreRegistrationRules;
import tg.cnss.eservices.registration.control.WorkerRegistrationKind;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestDetails;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Pré-Immatriculation en ligne" (public, no account): the two forms of the manual become
 * requests for the Immatriculation department, indexed for duplicate detection. The applicant
 * gets a reference, a PDF receipt, and the outcome by e-mail and SMS.
 */
@Stateless
@PermitAll
public class PreRegistrations {

    @Inject
    PublicFormLimits limits;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    EmployerRegistry registry;

    @Inject
    ReferenceData referenceData;

    @Inject
    RequestDetails details;

    @Inject
    RequestKinds kinds;

    @Inject
    EnterprisePreRegistrationKind enterprises;

    @Inject
    DomesticPreRegistrationKind households;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The form's errors by field (empty when it can be submitted), for pages to show before a preview. */
    public Map<String, String> check(EnterpriseRegistrationForm form) {
        return rules().check(form);
    }

    public Map<String, String> check(DomesticRegistrationForm form) {
        return rules().check(form);
    }

    /** "Vérifiez vos réponses": the fields as the agent and the receipt will show them. */
    public Map<String, String> preview(EnterpriseRegistrationForm form) {
        refuseIfInvalid(rules().check(form));
        return fieldsOf(enterprises.sections(applicationOf(form)));
    }

    public Map<String, String> preview(DomesticRegistrationForm form) {
        refuseIfInvalid(rules().check(form));
        return fieldsOf(households.sections(applicationOf(form)));
    }

    /** Files the form sent from {@code address} (the client's, counted by {@link PublicFormLimits}). */
    public RequestReceipt submit(EnterpriseRegistrationForm form, String address) {
        refuseIfInvalid(rules().check(form));
        limits.take("preimmatriculation", address);
        var application = applicationOf(form);
        return file(enterprises, application.denomination(), application);
    }

    public RequestReceipt submit(DomesticRegistrationForm form, String address) {
        refuseIfInvalid(rules().check(form));
        limits.take("preimmatriculation", address);
        var application = applicationOf(form);
        return file(households, application.firstNames() + " " + application.lastName(), application);
    }

    private EnterprisePreRegistrationKind.Application applicationOf(EnterpriseRegistrationForm form) {
        return new EnterprisePreRegistrationKind.Application(
                text(form.denomination()),
                text(form.acronym()),
                text(form.operatorCard()),
                text(form.prefectureCode()),
                prefectureName(form.prefectureCode()),
                text(form.town()),
                text(form.district()),
                text(form.street()),
                text(form.poBox()),
                text(form.tradeRegister()),
                email(form.email()),
                phone(form.phone()),
                phone(form.fax()),
                form.officialJournalDate(),
                form.firstHiringDate(),
                form.totalStaff(),
                text(form.headOfficeAddress()));
    }

    private DomesticPreRegistrationKind.Application applicationOf(DomesticRegistrationForm form) {
        // In the reference list's order (BOY … AUTRE), whatever order the form sent them in.
        Map<String, Integer> counts = form.staffByCategory() == null ? Map.of() : form.staffByCategory();
        Map<String, Integer> staff = new LinkedHashMap<>();
        referenceData.staffCategories().forEach(category -> {
            Integer count = counts.get(category.getCode());
            staff.put(category.getCode(), count == null ? 0 : count);
        });
        return new DomesticPreRegistrationKind.Application(
                text(form.prefectureCode()),
                prefectureName(form.prefectureCode()),
                text(form.town()),
                text(form.district()),
                text(form.nationality()),
                form.lastName().strip().toUpperCase(java.util.Locale.FRENCH),
                text(form.firstNames()),
                text(form.activityDescription()),
                text(form.street()),
                text(form.sex()),
                email(form.email()),
                phone(form.phone()),
                phone(form.fax()),
                staff,
                form.totalStaff());
    }

    /**
     * The receipt of a pre-registration (or of a worker's own registration) just filed. Callers must only ask for references filed in
     * the same browser session (the receipt servlet keeps them): the applicant has no account.
     */
    public RequestDetail receiptOf(String reference) {
        ServiceRequest request = requests.findByReference(reference == null ? "" : reference)
                .filter(found -> kinds.kindOf(found)
                        .filter(kind -> kind instanceof PreRegistrationKind || kind instanceof WorkerRegistrationKind)
                        .isPresent())
                .orElseThrow(() -> new UnknownRequestException(reference));
        return details.forRequester(request);
    }

    /** Files the application; its agent will see which other employers or requests share its identifiers. */
    private <P extends EmployerApplication> RequestReceipt file(
            PreRegistrationKind<P> kind, String name, P application) {
        RequestReceipt receipt = submission.submit(
                kind,
                new RequestSubmission.Requester(
                        null, application.email() == null ? "" : application.email(), name, application.phone()),
                name,
                application,
                List.of());
        registry.index(
                application,
                requests.findByReference(receipt.reference()).orElseThrow().getId());
        return receipt;
    }

    /** One map of the kind's sections, as the preview page lists them. */
    private static Map<String, String> fieldsOf(List<FieldSection> sections) {
        Map<String, String> fields = new LinkedHashMap<>();
        sections.forEach(section -> fields.putAll(section.fields()));
        return fields;
    }

    private String prefectureName(String code) {
        return referenceData.prefectures().stream()
                .filter(p -> p.getCode().equals(code))
                .map(p -> p.getName())
                .findFirst()
                .orElse(code);
    }

    private PreRegistrationRules rules() {
        var prefectures =
                referenceData.prefectures().stream().map(p -> p.getCode()).collect(Collectors.toSet());
        var categories =
                referenceData.staffCategories().stream().map(c -> c.getCode()).collect(Collectors.toSet());
        return new PreRegistrationRules(LocalDate.now(clock.withZone(Clocks.LOME)), prefectures, categories);
    }

    private static void refuseIfInvalid(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }

    private static String email(String typed) {
        return typed == null || typed.isBlank() ? null : new EmailAddress(typed).value();
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
