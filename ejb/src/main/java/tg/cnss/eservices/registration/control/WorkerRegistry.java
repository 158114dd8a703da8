package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.WorkerRegistrationKind.Application;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.entity.InvalidNumberException;
import tg.cnss.eservices.registration.entity.RegistryCounter;
import tg.cnss.eservices.registration.entity.WorkerRegistrationIndex;
import tg.cnss.eservices.registration.spi.EmployerAccounts;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;

/**
 * Worker registrations against the registry of insured persons: who a request may already be
 * (the number it quotes, the same names and birth date, the same ID document — and other requests
 * for the same person), and the registration itself once the agent has chosen: a new insured
 * number, or one already known; then the employment on the employer's roster.
 */
@Dependent
public class WorkerRegistry {

    /** The agent's choice to give the worker a number of his own. */
    public static final String NEW_NUMBER = "NOUVEAU";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    InsuredRegistry insured;

    @Inject
    EmployerAccounts employerAccounts;

    @Inject
    Notifications notifications;

    /** Keeps what the next requests will be compared with. */
    public void index(Application form, long requestId) {
        em.persist(new WorkerRegistrationIndex(
                requestId,
                form.lastName(),
                form.firstNames(),
                form.birthDate(),
                form.idDocumentType(),
                form.idDocumentNumber(),
                EmployerNumber.parse(form.employerNumber())));
    }

    /** What the agent must check: who the worker may already be, in the registry and in other requests. */
    public List<String> duplicatesOf(Application form, long requestId) {
        List<String> warnings = new ArrayList<>();
        quotedNumberWarning(form).ifPresent(warnings::add);
        EmployerNumber employer = EmployerNumber.parse(form.employerNumber());
        candidatesOf(form).forEach((person, reasons) -> {
            String who = describe(person);
            warnings.add("Assuré déjà connu, " + who + " : " + String.join(", ", reasons) + ".");
            activeEmployment(employer, person.getNumber())
                    .ifPresent(employment -> warnings.add(
                            who + " figure déjà parmi les travailleurs en activité de" + " cet employeur (embauche le "
                                    + employment.getStartDate().format(DAY) + ")."));
        });
        otherRequestsFor(form, requestId).forEach(warnings::add);
        return warnings;
    }

    /** Link to each person the request may be, or give a new number (offered last). */
    public List<ApprovalOption> approvalOptionsOf(Application form) {
        List<ApprovalOption> options = new ArrayList<>();
        candidatesOf(form)
                .keySet()
                .forEach(person -> options.add(new ApprovalOption(
                        person.getNumber().canonical(), "Rattacher au n° d'assuré " + describe(person))));
        options.add(new ApprovalOption(NEW_NUMBER, "Attribuer un nouveau numéro d'assuré"));
        return options;
    }

    /**
     * Registers the worker as the agent chose ({@code option}: {@link #NEW_NUMBER} or the number of
     * one of the persons offered; none needed when nobody resembles the worker) and puts him on
     * his employer's roster. Refused, with a message for the agent, when the choice is missing or
     * stale, or when the worker is already in activity with this employer. Returns the message for
     * the requester.
     */
    public String register(Application form, String reference, String option, Instant at) {
        EmployerNumber employer = EmployerNumber.parse(form.employerNumber());
        Map<InsuredPerson, List<String>> candidates = candidatesOf(form);
        String chosen = option == null || option.isBlank() ? null : option.strip();
        if (chosen == null && !candidates.isEmpty()) {
            throw new IllegalArgumentException("Des assurés ressemblent à ce travailleur : choisissez de le rattacher à"
                    + " l'un d'eux ou de lui attribuer un nouveau numéro.");
        }
        InsuredPerson person = chosen == null || chosen.equals(NEW_NUMBER)
                ? newInsuredPerson(form, employer, at)
                : linked(candidates, chosen, form, employer);
        InsuredNumber number = person.getNumber();
        activeEmployment(employer, number).ifPresent(employment -> {
            throw new IllegalArgumentException(person.getFullName() + " (n° " + number.display() + ") figure déjà"
                    + " parmi les travailleurs en activité de cet employeur depuis le "
                    + employment.getStartDate().format(DAY) + " : rejetez la demande comme doublon.");
        });
        em.persist(new Employment(
                employer,
                number,
                form.hireDate(),
                form.job(),
                ContractType.valueOf(form.contractType()),
                form.monthlyPay()));
        if (form.filedByWorker()) {
            tellEmployer(
                    employer,
                    reference + " — travailleur immatriculé",
                    form.fullName() + ", qui s'est déclaré(e) à la CNSS comme votre salarié(e) depuis le "
                            + form.hireDate().format(DAY) + ", est immatriculé(e) sous le n° d'assuré "
                            + number.display() + ". Il (elle) figure désormais dans « Mes travailleurs » :"
                            + " déclarez ses salaires dans vos DNR.");
            return "Votre numéro d'assuré : " + number.display() + ". Votre employeur (" + form.employerName()
                    + ") en est informé. Créez votre compte en ligne : page d'accueil des services en ligne,"
                    + " « Inscription sur les Services en ligne » > Assuré, avec ce numéro.";
        }
        return form.fullName() + " est immatriculé(e) sous le n° d'assuré " + number.display()
                + " et figure désormais dans « Mes travailleurs » (embauche le "
                + form.hireDate().format(DAY)
                + "). Donnez-lui ce numéro : il lui permet de suivre son compte individuel en ligne.";
    }

    /**
     * A worker registered himself as this employer's employee: the employer hears of it at once
     * (in its space and by e-mail), with the reference to quote if it is not true.
     */
    public void tellEmployerOfSelfRegistration(Application form, String reference) {
        tellEmployer(
                EmployerNumber.parse(form.employerNumber()),
                reference + " — un travailleur s'est déclaré",
                form.fullName() + " a demandé son immatriculation à la CNSS en se déclarant votre salarié(e)"
                        + " depuis le " + form.hireDate().format(DAY) + " (" + form.job() + "). L'employeur"
                        + " déclare chaque travailleur dans les 8 jours de l'embauche. Si cette personne ne"
                        + " travaille pas pour vous, écrivez à la CNSS (Réclamations) en citant la référence "
                        + reference + ".");
    }

    private void tellEmployer(EmployerNumber employer, String subject, String body) {
        for (String account : employerAccounts.of(employer)) {
            notifications.inApp(account, subject, body, "/employeur/travailleurs.xhtml");
            notifications.email(
                    account, subject, "Bonjour,\n\n" + body + "\n\nCaisse Nationale de Sécurité Sociale du Togo");
        }
    }

    private InsuredPerson newInsuredPerson(Application form, EmployerNumber employer, Instant at) {
        RegistryCounter counter =
                em.find(RegistryCounter.class, RegistryCounter.INSURED, LockModeType.PESSIMISTIC_WRITE);
        InsuredNumber number = counter.nextInsuredNumber();
        while (insured.findByNumber(number).isPresent()) {
            // an imported number may sit in the portal's range: never give one twice
            number = counter.nextInsuredNumber();
        }
        InsuredPerson person =
                new InsuredPerson(number, form.lastName(), form.firstNames(), form.birthDate(), employer, at);
        identify(person, form);
        insured.add(person);
        return person;
    }

    private InsuredPerson linked(
            Map<InsuredPerson, List<String>> candidates, String chosen, Application form, EmployerNumber employer) {
        InsuredNumber number;
        try {
            number = InsuredNumber.parse(chosen);
        } catch (InvalidNumberException invalid) {
            throw new IllegalArgumentException("Choix inconnu : rechargez la page et choisissez à nouveau.", invalid);
        }
        InsuredPerson person = candidates.keySet().stream()
                .filter(candidate -> candidate.getNumber().equals(number))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Le n° " + number.display()
                        + " n'est plus parmi les assurés proposés : rechargez la page et choisissez à nouveau."));
        person.employedBy(employer);
        if (person.getIdDocumentType() == null) {
            identify(person, form);
        }
        return person;
    }

    private static void identify(InsuredPerson person, Application form) {
        person.identify(
                form.sex(),
                form.birthPlace(),
                form.nationality(),
                form.idDocumentType(),
                WorkerRegistrationIndex.normalisedDocument(form.idDocumentNumber()),
                form.phone(),
                form.address());
    }

    /**
     * The insured persons the worker may already be, each with why: the number the request quotes,
     * the same names and birth date, the same ID document. In that order, each person once.
     */
    private Map<InsuredPerson, List<String>> candidatesOf(Application form) {
        Map<String, InsuredPerson> byNumber = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        quoted(form).ifPresent(person -> add(byNumber, reasons, person, "numéro indiqué sur la demande"));
        String nameKey = InsuredPerson.nameKey(form.lastName(), form.firstNames());
        em.createQuery("SELECT p FROM InsuredPerson p WHERE p.birthDate = :born ORDER BY p.number", InsuredPerson.class)
                .setParameter("born", form.birthDate())
                .getResultStream()
                .filter(person -> person.getNameKey().equals(nameKey))
                .forEach(person -> add(byNumber, reasons, person, "même nom, mêmes prénoms et même date de naissance"));
        em.createQuery(
                        "SELECT p FROM InsuredPerson p WHERE p.idDocumentType = :type AND p.idDocumentNumber = :number"
                                + " ORDER BY p.number",
                        InsuredPerson.class)
                .setParameter("type", form.idDocumentType())
                .setParameter("number", WorkerRegistrationIndex.normalisedDocument(form.idDocumentNumber()))
                .getResultStream()
                .forEach(person -> add(
                        byNumber,
                        reasons,
                        person,
                        "même pièce d'identité (" + form.idDocumentLabel() + " " + form.idDocumentNumber() + ")"));
        Map<InsuredPerson, List<String>> candidates = new LinkedHashMap<>();
        byNumber.forEach((number, person) -> candidates.put(person, List.copyOf(reasons.get(number))));
        return candidates;
    }

    private static void add(
            Map<String, InsuredPerson> byNumber, Map<String, Set<String>> reasons, InsuredPerson person, String why) {
        String number = person.getNumber().canonical();
        byNumber.putIfAbsent(number, person);
        reasons.computeIfAbsent(number, any -> new LinkedHashSet<>()).add(why);
    }

    private Optional<InsuredPerson> quoted(Application form) {
        if (form.insuredNumber() == null) {
            return Optional.empty();
        }
        return insured.findByNumber(InsuredNumber.parse(form.insuredNumber()));
    }

    /** A quoted number that does not exist, or that is someone else's by name or birth date. */
    private Optional<String> quotedNumberWarning(Application form) {
        if (form.insuredNumber() == null) {
            return Optional.empty();
        }
        Optional<InsuredPerson> person = quoted(form);
        if (person.isEmpty()) {
            return Optional.of("Le n° d'assuré indiqué, " + form.insuredNumber()
                    + ", n'existe pas au répertoire : vérifiez-le avec le demandeur.");
        }
        boolean same = person.get().getNameKey().equals(InsuredPerson.nameKey(form.lastName(), form.firstNames()))
                && person.get().getBirthDate().equals(form.birthDate());
        return same
                ? Optional.empty()
                : Optional.of("Le n° d'assuré indiqué, " + form.insuredNumber() + ", est celui de "
                        + describe(person.get()) + " : nom, prénoms ou date de naissance différents.");
    }

    private List<String> otherRequestsFor(Application form, long requestId) {
        String nameKey = InsuredPerson.nameKey(form.lastName(), form.firstNames());
        String documentKey = WorkerRegistrationIndex.idDocumentKey(form.idDocumentType(), form.idDocumentNumber());
        return em.createQuery(
                        "SELECT i FROM WorkerRegistrationIndex i WHERE i.requestId <> :self"
                                + " AND ((i.birthDate = :born AND i.nameKey = :names) OR i.idDocumentKey = :document)"
                                + " ORDER BY i.requestId",
                        WorkerRegistrationIndex.class)
                .setParameter("self", requestId)
                .setParameter("born", form.birthDate())
                .setParameter("names", nameKey)
                .setParameter("document", documentKey)
                .getResultStream()
                .map(other -> {
                    ServiceRequest request = em.find(ServiceRequest.class, other.getRequestId());
                    boolean sameDocument = other.getIdDocumentKey().equals(documentKey);
                    return "Autre demande " + request.getReference() + " du "
                            + request.getSubmittedAt()
                                    .atZone(Clocks.LOME)
                                    .toLocalDate()
                                    .format(DAY)
                            + " (employeur " + other.getEmployerNumber().display() + ", "
                            + request.getStatus().label().toLowerCase(Locale.FRENCH) + ") pour la même personne : "
                            + (sameDocument ? "même pièce d'identité" : "même nom et même date de naissance") + ".";
                })
                .toList();
    }

    private Optional<Employment> activeEmployment(EmployerNumber employer, InsuredNumber number) {
        return em.createQuery(
                        "SELECT e FROM Employment e WHERE e.employerNumber = :employer AND e.insuredNumber = :insured"
                                + " AND e.endDate IS NULL",
                        Employment.class)
                .setParameter("employer", employer.canonical())
                .setParameter("insured", number.canonical())
                .getResultStream()
                .findFirst();
    }

    private static String describe(InsuredPerson person) {
        return person.getNumber().display() + " — " + person.getLastName() + " " + person.getFirstNames()
                + ", né(e) le " + person.getBirthDate().format(DAY)
                + person.getEmployerNumber()
                        .map(e -> ", employeur actuel " + e.display())
                        .orElse("");
    }
}
