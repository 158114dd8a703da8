package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerIdentifier;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.IdentifierKind;
import tg.cnss.eservices.registration.entity.RegistryCounter;
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
    public Employer register(EmployerApplication application, String requestReference, Instant at) {
        EmployerNumber number = em.find(RegistryCounter.class, RegistryCounter.EMPLOYER, LockModeType.PESSIMISTIC_WRITE)
                .nextEmployerNumber();
        Employer employer = new Employer(
                number,
                application.category(),
                application.employerName(),
                application.prefectureCode(),
                application.town(),
                application.district(),
                application.totalStaff(),
                at);
        employer.describe(
                application.acronym(),
                application.operatorCard(),
                application.tradeRegister(),
                application.email(),
                application.phone(),
                application.address(),
                application.firstHiringDate(),
                requestReference);
        em.persist(employer);
        identifiersOf(application)
                .forEach((kind, value) -> em.persist(EmployerIdentifier.ofEmployer(kind, value, employer.getId())));
        return employer;
    }

    /** Indexes a pending pre-registration, so that later ones (and its agent) see the overlap. */
    public void index(EmployerApplication application, long requestId) {
        identifiersOf(application)
                .forEach((kind, value) -> em.persist(EmployerIdentifier.ofRequest(kind, value, requestId)));
    }

    public Optional<Employer> findByNumber(EmployerNumber number) {
        return em.createQuery("SELECT e FROM Employer e WHERE e.number = :number", Employer.class)
                .setParameter("number", number.canonical())
                .getResultStream()
                .findFirst();
    }

    /** Other employers and other pending pre-registrations sharing an identifier with this request. */
    public List<String> duplicatesOf(EmployerApplication application, long requestId) {
        List<String> warnings = new java.util.ArrayList<>();
        for (var identifier : identifiersOf(application).entrySet()) {
            List<EmployerIdentifier> same = em.createQuery(
                            "SELECT i FROM EmployerIdentifier i WHERE i.kind = :kind"
                                    + " AND i.value = :value AND (i.requestId IS NULL OR i.requestId <> :me)",
                            EmployerIdentifier.class)
                    .setParameter("kind", identifier.getKey())
                    .setParameter("value", identifier.getValue())
                    .setParameter("me", requestId)
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

    static Map<IdentifierKind, String> identifiersOf(EmployerApplication application) {
        Map<IdentifierKind, String> identifiers = new LinkedHashMap<>();
        put(identifiers, IdentifierKind.TRADE_REGISTER, application.tradeRegister());
        put(identifiers, IdentifierKind.OPERATOR_CARD, application.operatorCard());
        put(identifiers, IdentifierKind.EMAIL, application.email());
        put(identifiers, IdentifierKind.PHONE, application.phone());
        return identifiers;
    }

    private static void put(Map<IdentifierKind, String> identifiers, IdentifierKind kind, String value) {
        String normalised = kind.normalise(value);
        if (normalised != null && !normalised.isEmpty()) {
            identifiers.put(kind, normalised);
        }
    }
}
