package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.PhoneNumber;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PublicFormLimits;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.PreRegistrationRules;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestDetails;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestFields;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

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
    AttachmentStore attachments;

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
        return RequestFields.of(
                RequestKind.EMPLOYER_REGISTRATION, payloadOf(form).build().toString());
    }

    public Map<String, String> preview(DomesticRegistrationForm form) {
        refuseIfInvalid(rules().check(form));
        return RequestFields.of(
                RequestKind.DOMESTIC_EMPLOYER_REGISTRATION,
                payloadOf(form).build().toString());
    }

    /** Files the form sent from {@code address} (the client's, counted by {@link PublicFormLimits}). */
    public RequestReceipt submit(EnterpriseRegistrationForm form, String address) {
        refuseIfInvalid(rules().check(form));
        limits.take("preimmatriculation", address);
        return file(
                RequestKind.EMPLOYER_REGISTRATION,
                form.denomination().strip(),
                email(form.email()),
                phone(form.phone()),
                payloadOf(form));
    }

    public RequestReceipt submit(DomesticRegistrationForm form, String address) {
        refuseIfInvalid(rules().check(form));
        limits.take("preimmatriculation", address);
        String name = form.firstNames().strip() + " " + form.lastName().strip().toUpperCase(java.util.Locale.FRENCH);
        return file(
                RequestKind.DOMESTIC_EMPLOYER_REGISTRATION,
                name,
                email(form.email()),
                phone(form.phone()),
                payloadOf(form));
    }

    private JsonObjectBuilder payloadOf(EnterpriseRegistrationForm form) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "denomination", form.denomination());
        add(json, "acronym", form.acronym());
        add(json, "operatorCard", form.operatorCard());
        add(json, "prefectureCode", form.prefectureCode());
        add(json, "prefectureName", prefectureName(form.prefectureCode()));
        add(json, "town", form.town());
        add(json, "district", form.district());
        add(json, "street", form.street());
        add(json, "poBox", form.poBox());
        add(json, "tradeRegister", form.tradeRegister());
        add(json, "email", email(form.email()));
        add(json, "phone", phone(form.phone()));
        add(json, "fax", phone(form.fax()));
        add(json, "officialJournalDate", form.officialJournalDate());
        add(json, "firstHiringDate", form.firstHiringDate());
        json.add("totalStaff", form.totalStaff());
        add(json, "headOfficeAddress", form.headOfficeAddress());
        return json;
    }

    private JsonObjectBuilder payloadOf(DomesticRegistrationForm form) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "prefectureCode", form.prefectureCode());
        add(json, "prefectureName", prefectureName(form.prefectureCode()));
        add(json, "town", form.town());
        add(json, "district", form.district());
        add(json, "nationality", form.nationality());
        add(json, "lastName", form.lastName().strip().toUpperCase(java.util.Locale.FRENCH));
        add(json, "firstNames", form.firstNames());
        add(json, "activityDescription", form.activityDescription());
        add(json, "street", form.street());
        add(json, "sex", form.sex());
        add(json, "email", email(form.email()));
        add(json, "phone", phone(form.phone()));
        add(json, "fax", phone(form.fax()));
        // In the reference list's order (BOY … AUTRE), whatever order the form sent them in.
        var staff = Json.createObjectBuilder();
        Map<String, Integer> counts = form.staffByCategory() == null ? Map.of() : form.staffByCategory();
        referenceData.staffCategories().forEach(category -> {
            Integer count = counts.get(category.getCode());
            staff.add(category.getCode(), count == null ? 0 : count);
        });
        json.add("staffByCategory", staff);
        json.add("totalStaff", form.totalStaff());
        return json;
    }

    /**
     * The receipt of a pre-registration just filed. Callers must only ask for references filed in
     * the same browser session (the receipt servlet keeps them): the applicant has no account.
     */
    public RequestDetail receiptOf(String reference) {
        ServiceRequest request = requests.findByReference(reference == null ? "" : reference)
                .filter(found -> found.getKind() == RequestKind.EMPLOYER_REGISTRATION
                        || found.getKind() == RequestKind.DOMESTIC_EMPLOYER_REGISTRATION)
                .orElseThrow(() -> new UnknownRequestException(reference));
        return RequestDetails.forRequester(request, requests, attachments, em);
    }

    private RequestReceipt file(RequestKind kind, String name, String email, String phone, JsonObjectBuilder json) {
        RequestReceipt receipt = submission.submit(
                kind,
                new RequestSubmission.Requester(null, email == null ? "" : email, name, phone),
                name,
                json.build().toString(),
                List.of());
        registry.index(requests.findByReference(receipt.reference()).orElseThrow());
        return receipt;
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

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            json.add(name, value.toString().strip());
        }
    }
}
