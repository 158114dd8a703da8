package tg.cnss.eservices.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.control.IndividualAccountDocuments;
import tg.cnss.eservices.account.control.IndividualCareer;
import tg.cnss.eservices.account.entity.CareerLine;
import tg.cnss.eservices.account.entity.LegacyCareerMonth;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.spi.CallerInsured;

/**
 * "Compte Individuel" (manual, Espace Assurés item 6: "tel que disponible dans les livres de la
 * CNSS"): the signed-in insured person's career — the months the portal's DNRs posted (the lines a
 * corrective DNR replaced left out) and those of the CNSS's older books — by year and month, with
 * its gaps and the history of its movements; as a "relevé de carrière" in PDF and Excel.
 */
@Stateless
@RolesAllowed("INSURED")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IndividualAccounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredRegistry insured;

    @Inject
    EmployerRegistry employers;

    @Inject
    Clock clock;

    public IndividualAccountView mine() {
        InsuredNumber number = myNumber();
        InsuredPerson person = insured.findByNumber(number).orElse(null);
        return new IndividualAccountView(
                number.display(),
                person == null ? "" : person.getFirstNames() + " " + person.getLastName(),
                person == null ? null : person.getBirthDate(),
                IndividualCareer.of(monthsOf(number)),
                movementsOf(number));
    }

    /** The career of an insured person, month by month with each employer (for the simulator, too). */
    public IndividualCareer.Career career() {
        return IndividualCareer.of(monthsOf(myNumber()));
    }

    public byte[] pdf() {
        IndividualAccountView view = mine();
        return IndividualAccountDocuments.pdf(holderOf(view), view.career());
    }

    public byte[] xlsx() {
        IndividualAccountView view = mine();
        return IndividualAccountDocuments.xlsx(holderOf(view), view.career());
    }

    private IndividualAccountDocuments.Holder holderOf(IndividualAccountView view) {
        return new IndividualAccountDocuments.Holder(
                view.insuredNumber(), view.fullName(), view.birthDate(), LocalDate.now(clock.withZone(Clocks.LOME)));
    }

    private List<IndividualCareer.Month> monthsOf(InsuredNumber number) {
        Map<String, String> names = new HashMap<>();
        List<IndividualCareer.Month> months = new ArrayList<>();
        em.createQuery(
                        "SELECT c FROM CareerLine c WHERE c.insuredNumber = :insured AND c.replacedAt IS NULL",
                        CareerLine.class)
                .setParameter("insured", number.canonical())
                .getResultStream()
                .forEach(line -> months.add(new IndividualCareer.Month(
                        line.getPeriod(),
                        EmployerNumber.parse(line.getEmployerNumber()).display(),
                        names.computeIfAbsent(line.getEmployerNumber(), this::employerName),
                        line.getDaysWorked(),
                        line.getGrossPay(),
                        "DNR " + line.getSourceReference())));
        // a month a DNR of the portal declares supersedes the older books' for the same employer
        java.util.Set<String> declared = new java.util.HashSet<>();
        months.forEach(month -> declared.add(month.period() + " " + month.employerNumber()));
        em.createQuery("SELECT m FROM LegacyCareerMonth m WHERE m.insuredNumber = :insured", LegacyCareerMonth.class)
                .setParameter("insured", number.canonical())
                .getResultStream()
                .filter(month -> month.getEmployerNumber() == null
                        || !declared.contains(month.getPeriod() + " "
                                + EmployerNumber.parse(month.getEmployerNumber())
                                        .display()))
                .forEach(month -> months.add(new IndividualCareer.Month(
                        month.getPeriod(),
                        month.getEmployerNumber() == null
                                ? null
                                : EmployerNumber.parse(month.getEmployerNumber())
                                        .display(),
                        month.getEmployerName(),
                        month.getDaysWorked(),
                        month.getGrossPay(),
                        month.getSource())));
        return months;
    }

    /**
     * The account's movements: each DNR received (with its months) and replaced, the older books taken
     * over. Grouped here rather than by SQL aggregates, which would bypass the instants' converter.
     */
    private List<IndividualAccountView.Movement> movementsOf(InsuredNumber number) {
        Map<String, List<CareerLine>> byDeclaration = new java.util.TreeMap<>();
        em.createQuery("SELECT c FROM CareerLine c WHERE c.insuredNumber = :insured", CareerLine.class)
                .setParameter("insured", number.canonical())
                .getResultStream()
                .forEach(line -> byDeclaration
                        .computeIfAbsent(line.getSourceReference(), reference -> new ArrayList<>())
                        .add(line));
        List<IndividualAccountView.Movement> movements = new ArrayList<>();
        byDeclaration.forEach((reference, lines) -> {
            movements.add(new IndividualAccountView.Movement(
                    lines.stream()
                            .map(CareerLine::getPostedAt)
                            .min(Comparator.naturalOrder())
                            .orElseThrow(),
                    "DNR " + reference + " reçue : " + lines.size() + " mois de salaire portés"));
            lines.stream()
                    .map(CareerLine::getReplacedAt)
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .ifPresent(replacedAt -> movements.add(new IndividualAccountView.Movement(
                            replacedAt, "DNR " + reference + " remplacée par une DNR corrective")));
        });
        List<Instant> imported = em.createQuery(
                        "SELECT m.importedAt FROM LegacyCareerMonth m WHERE m.insuredNumber = :insured", Instant.class)
                .setParameter("insured", number.canonical())
                .getResultList();
        imported.stream()
                .min(Comparator.naturalOrder())
                .ifPresent(at -> movements.add(new IndividualAccountView.Movement(
                        at, "Reprise des livres de la CNSS : " + imported.size() + " mois antérieurs au portail")));
        movements.sort(Comparator.comparing(IndividualAccountView.Movement::at).reversed());
        return movements;
    }

    private String employerName(String canonical) {
        return employers
                .findByNumber(EmployerNumber.parse(canonical))
                .map(employer -> employer.getName())
                .orElse(EmployerNumber.parse(canonical).display());
    }

    private InsuredNumber myNumber() {
        return callerInsured.of(session.getCallerPrincipal().getName());
    }
}
