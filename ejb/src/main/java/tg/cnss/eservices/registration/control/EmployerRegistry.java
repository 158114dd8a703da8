package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.registration.entity.EmployerIdentifier;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.IdentifierKind;
import tg.cnss.eservices.registration.entity.RegistryCounter;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * The registry of employers: numbers given in sequence under a lock, identifiers indexed for
 * duplicate detection, lookups by number for sign-up.
 */
@Dependent
public class EmployerRegistry {

    @PersistenceContext
    EntityManager em;

    /** Registers the employer a pre-registration describes; its number is the next of the registry. */
    public Employer registerFrom(ServiceRequest request, Instant at) {
        JsonObject form = payloadOf(request);
        EmployerNumber number = em.find(RegistryCounter.class, RegistryCounter.EMPLOYER, LockModeType.PESSIMISTIC_WRITE)
                .nextEmployerNumber();
        boolean enterprise = request.getKind() == RequestKind.EMPLOYER_REGISTRATION;
        String name = enterprise
                ? form.getString("denomination")
                : form.getString("lastName") + " " + form.getString("firstNames");
        Employer employer = new Employer(
                number,
                enterprise ? EmployerCategory.ENTERPRISE : EmployerCategory.DOMESTIC,
                name,
                form.getString("prefectureCode"),
                form.getString("town"),
                form.getString("district"),
                form.getInt("totalStaff"),
                at);
        employer.describe(
                text(form, "acronym"),
                text(form, "operatorCard"),
                text(form, "tradeRegister"),
                text(form, "email"),
                text(form, "phone"),
                enterprise ? text(form, "headOfficeAddress") : text(form, "street"),
                form.containsKey("firstHiringDate") ? LocalDate.parse(form.getString("firstHiringDate")) : null,
                request.getReference().toString());
        em.persist(employer);
        identifiersOf(form)
                .forEach((kind, value) -> em.persist(EmployerIdentifier.ofEmployer(kind, value, employer.getId())));
        return employer;
    }

    /** Indexes a pending pre-registration, so that later ones (and its agent) see the overlap. */
    public void index(ServiceRequest request) {
        identifiersOf(payloadOf(request))
                .forEach((kind, value) -> em.persist(EmployerIdentifier.ofRequest(kind, value, request.getId())));
    }

    public Optional<Employer> findByNumber(EmployerNumber number) {
        return em.createQuery("SELECT e FROM Employer e WHERE e.number = :number", Employer.class)
                .setParameter("number", number.canonical())
                .getResultStream()
                .findFirst();
    }

    /** Other employers and other pending pre-registrations sharing an identifier with this request. */
    public List<String> duplicatesOf(ServiceRequest request) {
        List<String> warnings = new java.util.ArrayList<>();
        for (var identifier : identifiersOf(payloadOf(request)).entrySet()) {
            List<EmployerIdentifier> same = em.createQuery(
                            "SELECT i FROM EmployerIdentifier i WHERE i.kind = :kind"
                                    + " AND i.value = :value AND (i.requestId IS NULL OR i.requestId <> :me)",
                            EmployerIdentifier.class)
                    .setParameter("kind", identifier.getKey())
                    .setParameter("value", identifier.getValue())
                    .setParameter("me", request.getId())
                    .getResultList();
            for (EmployerIdentifier other : same) {
                describeOther(other)
                        .ifPresent(who -> warnings.add(identifier.getKey().label() + " « " + identifier.getValue()
                                + " » identique à " + who + "."));
            }
        }
        return warnings;
    }

    private Optional<String> describeOther(EmployerIdentifier other) {
        if (other.getEmployerId() != null) {
            Employer employer = em.find(Employer.class, other.getEmployerId());
            return Optional.of(
                    "l'employeur immatriculé " + employer.getNumber().display() + " (" + employer.getName() + ")");
        }
        ServiceRequest request = em.find(ServiceRequest.class, other.getRequestId());
        if (request == null || request.getStatus().isFinal()) {
            return Optional.empty();
        }
        return Optional.of("la demande " + request.getReference() + " en cours (" + request.getRequesterName() + ")");
    }

    static Map<IdentifierKind, String> identifiersOf(JsonObject form) {
        Map<IdentifierKind, String> identifiers = new LinkedHashMap<>();
        put(identifiers, IdentifierKind.TRADE_REGISTER, text(form, "tradeRegister"));
        put(identifiers, IdentifierKind.OPERATOR_CARD, text(form, "operatorCard"));
        put(identifiers, IdentifierKind.EMAIL, text(form, "email"));
        put(identifiers, IdentifierKind.PHONE, text(form, "phone"));
        return identifiers;
    }

    private static void put(Map<IdentifierKind, String> identifiers, IdentifierKind kind, String value) {
        String normalised = kind.normalise(value);
        if (normalised != null && !normalised.isEmpty()) {
            identifiers.put(kind, normalised);
        }
    }

    private static String text(JsonObject form, String name) {
        return form.containsKey(name) && !form.isNull(name) ? form.getString(name) : null;
    }

    private static JsonObject payloadOf(ServiceRequest request) {
        try (var reader = Json.createReader(new StringReader(request.getPayload()))) {
            return reader.readObject();
        }
    }
}
