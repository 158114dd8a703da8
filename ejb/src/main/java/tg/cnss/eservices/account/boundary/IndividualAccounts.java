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
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.account.control.IndividualAccountDocuments;
import tg.cnss.eservices.account.control.IndividualCareer;
import tg.cnss.eservices.account.entity.CareerLine;
import tg.cnss.eservices.account.entity.VoluntaryContribution;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.InsuredRegistry;
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
    tg.cnss.eservices.account.control.VoluntaryContributions voluntary;

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredRegistry insured;

    @Inject
    CareerMonths months;

    @Inject
    Clock clock;

    public IndividualAccountView mine() {
        InsuredNumber number = myNumber();
        InsuredPerson person = insured.findByNumber(number).orElse(null);
        return new IndividualAccountView(
                number.display(),
                person == null ? "" : person.getFirstNames() + " " + person.getLastName(),
                person == null ? null : person.getBirthDate(),
                months.careerOf(number),
                movementsOf(number));
    }

    /** The career of an insured person, month by month with each employer (for the simulator, too). */
    public IndividualCareer.Career career() {
        return months.careerOf(myNumber());
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

    /**
     * The account's movements: each DNR received (with its months) and replaced, the older books taken
     * over, each voluntary contribution received. Grouped here rather than by SQL aggregates, which would bypass the instants' converter.
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
        Map<String, List<VoluntaryContribution>> byPayment = new java.util.TreeMap<>();
        voluntary
                .paidOf(number)
                .forEach(month -> byPayment
                        .computeIfAbsent(month.getPaymentReference(), reference -> new ArrayList<>())
                        .add(month));
        byPayment.forEach((reference, months) -> movements.add(new IndividualAccountView.Movement(
                months.get(0).getPostedAt(),
                "Cotisation volontaire " + reference + " reçue : " + months.size() + " mois payés ("
                        + months.stream()
                                .map(month -> tg.cnss.eservices.kernel.MonthLabels.of(month.getPeriod()))
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ")")));
        movements.sort(Comparator.comparing(IndividualAccountView.Movement::at).reversed());
        return movements;
    }

    private InsuredNumber myNumber() {
        return callerInsured.of(session.getCallerPrincipal().getName());
    }
}
