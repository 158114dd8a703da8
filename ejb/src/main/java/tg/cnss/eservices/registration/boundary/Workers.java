package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.FormValidation;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.RosterPdf;
import tg.cnss.eservices.registration.control.RosterXlsx;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;

/**
 * "Mes travailleurs": the signed-in employer's roster — its workers in activity and those who left,
 * searched by name or insured number — and the departure of a worker (date and reason). Another
 * employer's worker is unknown here.
 */
@Stateless
@RolesAllowed("EMPLOYER")
@FormValidation
public class Workers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer employers;

    @Inject
    Clock clock;

    /** The roster, by name; {@code search}: part of a name or of an insured number, or blank for all. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<WorkerLine> roster(String search, RosterFilter filter) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String digits = needle.replaceAll("[\\s.-]", "");
        String state = switch (filter == null ? RosterFilter.ALL : filter) {
            case ACTIVE -> " AND e.endDate IS NULL";
            case LEFT -> " AND e.endDate IS NOT NULL";
            case ALL -> "";
        };
        return em.createQuery(
                        "SELECT e, p.lastName, p.firstNames FROM Employment e, InsuredPerson p"
                                + " WHERE p.number = e.insuredNumber AND e.employerNumber = :employer" + state
                                + " AND (:needle = '' OR LOWER(p.lastName) LIKE :like OR LOWER(p.firstNames) LIKE :like"
                                + " OR (:digits <> '' AND e.insuredNumber LIKE :digitsLike))"
                                + " ORDER BY p.lastName, p.firstNames, e.startDate DESC",
                        Object[].class)
                .setParameter("employer", myEmployer())
                .setParameter("needle", needle)
                .setParameter("like", "%" + escape(needle) + "%")
                .setParameter("digits", digits.matches("\\d+") ? digits : "")
                .setParameter("digitsLike", "%" + digits + "%")
                .getResultStream()
                .map(row -> lineOf((Employment) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** For the dashboard: how many workers are in activity on the roster. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long activeCount() {
        return em.createQuery(
                        "SELECT COUNT(e) FROM Employment e WHERE e.employerNumber = :employer AND e.endDate IS NULL",
                        Long.class)
                .setParameter("employer", myEmployer())
                .getSingleResult();
    }

    /** The roster as {@link #roster} selects it, as a PDF to print or keep. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] rosterPdf(String search, RosterFilter filter) {
        RosterFilter shown = filter == null ? RosterFilter.ALL : filter;
        return RosterPdf.render(
                employers.of(session.getCallerPrincipal().getName()).display(),
                selectionOf(search, shown),
                LocalDate.now(clock.withZone(Clocks.LOME)),
                documentLines(search, shown));
    }

    /** The roster as {@link #roster} selects it, as an Excel sheet (pay as numbers, dates as dates). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] rosterXlsx(String search, RosterFilter filter) {
        RosterFilter shown = filter == null ? RosterFilter.ALL : filter;
        return RosterXlsx.render(
                employers.of(session.getCallerPrincipal().getName()).display(),
                selectionOf(search, shown),
                LocalDate.now(clock.withZone(Clocks.LOME)),
                documentLines(search, shown));
    }

    private static String selectionOf(String search, RosterFilter shown) {
        return "Travailleurs : " + shown.label().toLowerCase(Locale.FRENCH)
                + (search == null || search.isBlank() ? "" : ", recherche « " + search.strip() + " »");
    }

    private List<RosterPdf.Line> documentLines(String search, RosterFilter shown) {
        return roster(search, shown).stream()
                .map(line -> new RosterPdf.Line(
                        line.insuredNumber(),
                        line.lastName() + " " + line.firstNames(),
                        line.job(),
                        line.contract(),
                        line.monthlyPay().value(),
                        line.startDate(),
                        line.endDate(),
                        line.endReason()))
                .toList();
    }

    /**
     * Ends a worker's employment on the day given. Refused: a worker already gone, a date before
     * the hire date or in the future, a change made meanwhile by someone else ({@code seenVersion}).
     */
    public WorkerLine declareDeparture(long employmentId, long seenVersion, @NotNull @Valid DepartureForm form) {
        Employment employment = em.find(Employment.class, employmentId);
        if (employment == null || !employment.getEmployerNumber().canonical().equals(myEmployer())) {
            throw new InvalidFormException(Map.of("date", "Ce travailleur ne figure pas parmi les vôtres."));
        }
        if (employment.getVersion() != seenVersion || !employment.isActive()) {
            throw new InvalidFormException(Map.of(
                    "date",
                    "La fiche de ce travailleur a changé entre-temps (départ déjà déclaré ?) : rechargez la liste."));
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        if (form.date().isBefore(employment.getStartDate())) {
            throw new InvalidFormException(Map.of(
                    "date",
                    "Date de sortie : elle ne peut précéder l'embauche, le "
                            + employment.getStartDate().format(DAY) + "."));
        }
        if (form.date().isAfter(today)) {
            throw new InvalidFormException(Map.of(
                    "date",
                    "Date de sortie : un départ se déclare le jour venu ; au plus tard aujourd'hui, le "
                            + today.format(DAY) + "."));
        }
        employment.end(
                form.date(),
                form.reason(),
                clock.instant(),
                session.getCallerPrincipal().getName());
        InsuredNumber number = employment.getInsuredNumber();
        Object[] names = em.createQuery(
                        "SELECT p.lastName, p.firstNames FROM InsuredPerson p WHERE p.number = :number", Object[].class)
                .setParameter("number", number.canonical())
                .getSingleResult();
        return lineOf(employment, (String) names[0], (String) names[1]);
    }

    private static WorkerLine lineOf(Employment employment, String lastName, String firstNames) {
        return new WorkerLine(
                employment.getId(),
                employment.getVersion(),
                employment.getInsuredNumber().display(),
                lastName,
                firstNames,
                employment.getJob(),
                employment.getContractType().label(),
                Francs.of(employment.getMonthlyPay()),
                employment.getStartDate(),
                employment.getEndDate(),
                employment.getEndReason() == null
                        ? null
                        : employment.getEndReason().label());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String myEmployer() {
        return employers.of(session.getCallerPrincipal().getName()).canonical();
    }
}
