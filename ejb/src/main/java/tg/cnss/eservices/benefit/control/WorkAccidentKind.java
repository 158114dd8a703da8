package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.benefit.entity.WorkAccident;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Déclaration d'accident de travail" (manual, Espace Assurés, Faire une déclaration), by its
 * victim: the fields of the official form (domain-rules.md §6) — employer, victim, accident — with
 * the medical certificate. To Risques professionnels, whose agent sees whether the employer added
 * his part of the form, and whether within his 3 working days.
 */
@ApplicationScoped
public class WorkAccidentKind implements RequestKind<WorkAccidentKind.Declaration> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The declaration as filed; the employer's contact details as the registry knew them that day. */
    public record Declaration(
            Employer employer, Victim victim, Accident accident, LocalDate employerDeadline, String declaredBy) {}

    /** The employer part known on filing (headcount, activity: the employer adds them). */
    public record Employer(String number, String name, String email, String phone) {}

    /** The victim as the official form asks for it. */
    public record Victim(
            String insuredNumber,
            String lastName,
            String firstNames,
            LocalDate birthDate,
            String sex,
            String maritalStatus,
            String nationality,
            String job,
            LocalDate hireDate,
            String seniority,
            String previousAccident) {}

    /** The accident as the official form asks for it. */
    public record Accident(
            LocalDate date,
            String time,
            String place,
            AccidentPlace where,
            String circumstances,
            String workedFrom,
            String workedTo,
            String witnesses,
            String otherVictims,
            String injuries) {}

    @PersistenceContext
    EntityManager em;

    @Override
    public String code() {
        return "WORK_ACCIDENT";
    }

    @Override
    public String prefix() {
        return "TA";
    }

    @Override
    public String label() {
        return "Déclaration d'accident de travail";
    }

    @Override
    public String pluralLabel() {
        return "Accidents de travail";
    }

    @Override
    public Class<Declaration> payloadType() {
        return Declaration.class;
    }

    @Override
    public List<FieldSection> sections(Declaration declaration) {
        Map<String, String> employer = new LinkedHashMap<>();
        employer.put("N° employeur", declaration.employer().number());
        employer.put("Raison sociale", declaration.employer().name());
        employer.put("E-mail", orNone(declaration.employer().email()));
        employer.put("Téléphone", orNone(declaration.employer().phone()));
        Victim victim = declaration.victim();
        Map<String, String> person = new LinkedHashMap<>();
        person.put("N° d'assuré", victim.insuredNumber());
        person.put("Nom", victim.lastName());
        person.put("Prénoms", victim.firstNames());
        person.put(
                "Date de naissance",
                victim.birthDate() == null ? "Non connue" : victim.birthDate().format(DAY));
        person.put("Sexe", "F".equals(victim.sex()) ? "Féminin" : "Masculin");
        person.put("Situation matrimoniale", victim.maritalStatus());
        person.put("Nationalité", victim.nationality());
        person.put("Emploi occupé", victim.job());
        person.put("Date d'embauche", victim.hireDate().format(DAY));
        person.put("Ancienneté dans l'entreprise", victim.seniority());
        person.put("Accident antérieur", victim.previousAccident());
        Accident accident = declaration.accident();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Date de l'accident", accident.date().format(DAY));
        facts.put("Heure de l'accident", accident.time());
        facts.put("Lieu de l'accident", accident.place());
        facts.put("Circonstance", accident.where().label());
        facts.put("Circonstances détaillées", accident.circumstances());
        facts.put("Horaire de travail ce jour-là", "de " + accident.workedFrom() + " à " + accident.workedTo());
        facts.put("Témoins", accident.witnesses());
        facts.put("Autres victimes", orNone(accident.otherVictims()));
        facts.put("Nature et siège des lésions", accident.injuries());
        Map<String, String> deadlines = new LinkedHashMap<>();
        deadlines.put("Déclarée par", declaration.declaredBy());
        deadlines.put(
                "Délai de l'employeur",
                declaration.employerDeadline().format(DAY) + " (3 jours ouvrables après l'accident)");
        deadlines.put(
                "Délai de la victime ou de sa famille",
                WorkAccidentRules.victimDeadline(accident.date()).format(DAY) + " (2 ans après l'accident)");
        return List.of(
                new FieldSection("L'employeur", employer),
                new FieldSection("La victime", person),
                new FieldSection("L'accident", facts),
                new FieldSection("Délais de déclaration", deadlines));
    }

    /** The employer's part: added (in time or late, and what it says) or still awaited. */
    @Override
    public List<String> warnings(ServiceRequest request, Declaration declaration) {
        List<String> warnings = new ArrayList<>();
        accidentOf(request.getReference().toString()).ifPresent(accident -> {
            if (accident.hasEmployerPart()) {
                LocalDate recorded = LocalDate.ofInstant(accident.getEmployerRecordedAt(), Clocks.LOME);
                warnings.add("Part de l'employeur ajoutée le " + recorded.format(DAY)
                        + (recorded.isAfter(accident.getEmployerDeadline())
                                ? ", après son délai du "
                                        + accident.getEmployerDeadline().format(DAY)
                                : ", dans son délai")
                        + " : effectif " + accident.getEmployerHeadcount() + ", activité « "
                        + accident.getEmployerActivity() + " », " + accident.getEmployerEmail() + ", "
                        + accident.getEmployerPhone() + ". Selon l'employeur : " + accident.getEmployerStatement());
            } else {
                warnings.add("L'employeur n'a pas encore ajouté sa part de la déclaration (délai : le "
                        + accident.getEmployerDeadline().format(DAY) + ").");
            }
        });
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Declaration declaration, Instant at) {
        return Optional.of("La CNSS reconnaît le caractère professionnel de votre accident du "
                + declaration.accident().date().format(DAY)
                + ". Le service des Risques professionnels vous dira la suite : soins pris en charge et indemnités"
                + " journalières pendant l'arrêt de travail.");
    }

    /** The accident kept for the employer, by its request. */
    public Optional<WorkAccident> accidentOf(String reference) {
        return em.createQuery("SELECT a FROM WorkAccident a WHERE a.requestReference = :reference", WorkAccident.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "Non renseigné" : text;
    }
}
