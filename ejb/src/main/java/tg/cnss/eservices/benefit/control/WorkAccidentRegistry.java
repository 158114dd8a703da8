package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.benefit.entity.WorkAccident;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.EmployerAccounts;

/**
 * The work accidents declared by their victims, kept for their employers: recorded with the
 * employer's deadline when the victim files, the employer told at once (in the portal and by
 * e-mail) and his part of the form recorded when he adds it.
 */
@Dependent
public class WorkAccidentRegistry {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    EmployerAccounts employerAccounts;

    @Inject
    Notifications notifications;

    /** Records the accident just filed and tells its employer what he has to do, by when. */
    public WorkAccident record(String reference, WorkAccidentKind.Declaration declaration, Instant at) {
        LocalDate date = declaration.accident().date();
        WorkAccident accident = new WorkAccident(
                reference,
                EmployerNumber.parse(declaration.employer().number()).canonical(),
                InsuredNumber.parse(declaration.victim().insuredNumber()).canonical(),
                declaration.victim().firstNames() + " " + declaration.victim().lastName(),
                date,
                declaration.employerDeadline(),
                at);
        em.persist(accident);
        String subject = "Accident de travail de " + accident.getVictimName() + " (" + reference + ")";
        String body = accident.getVictimName() + " a déclaré un accident de travail survenu le " + date.format(DAY)
                + ". Ajoutez votre part de la déclaration (effectif, activité, vos coordonnées, les circonstances"
                + " selon vous) depuis votre espace, « Accidents de travail », avant le "
                + declaration.employerDeadline().format(DAY) + " (3 jours ouvrables après l'accident).";
        for (String account :
                employerAccounts.of(EmployerNumber.parse(declaration.employer().number()))) {
            notifications.inApp(account, subject, body, "/employeur/accidents-travail.xhtml?ref=" + reference);
            notifications.email(
                    account, subject, "Bonjour,\n\n" + body + "\n\nCaisse Nationale de Sécurité Sociale du Togo");
        }
        return accident;
    }

    /** The accidents of an employer's workers, the latest first. */
    public List<WorkAccident> ofEmployer(EmployerNumber employer) {
        return em.createQuery(
                        "SELECT a FROM WorkAccident a WHERE a.employerNumber = :employer ORDER BY a.accidentDate DESC,"
                                + " a.id DESC",
                        WorkAccident.class)
                .setParameter("employer", employer.canonical())
                .getResultList();
    }

    /** An accident already declared by this person on this day, if any (a second declaration is a duplicate). */
    public Optional<WorkAccident> sameAccident(InsuredNumber victim, LocalDate date) {
        return em.createQuery(
                        "SELECT a FROM WorkAccident a WHERE a.insuredNumber = :victim AND a.accidentDate = :day",
                        WorkAccident.class)
                .setParameter("victim", victim.canonical())
                .setParameter("day", date)
                .getResultStream()
                .findFirst();
    }
}
