package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.account.entity.CareerLine;
import tg.cnss.eservices.account.entity.LegacyCareerMonth;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The months of an insured person's individual account, "tel que disponible dans les livres de la
 * CNSS": those the portal's DNRs posted (lines a corrective DNR replaced left out) and those of the
 * CNSS's older books. Whoever asks — the person's own pages, or an agent deciding on one of the
 * person's requests — reads the same months.
 */
@Dependent
public class CareerMonths {

    @PersistenceContext
    EntityManager em;

    @Inject
    EmployerRegistry employers;

    public IndividualCareer.Career careerOf(InsuredNumber number) {
        return IndividualCareer.of(of(number));
    }

    public List<IndividualCareer.Month> of(InsuredNumber number) {
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
        Set<String> declared = new HashSet<>();
        months.forEach(month -> declared.add(month.period() + " " + month.employerNumber()));
        em.createQuery("SELECT m FROM LegacyCareerMonth m WHERE m.insuredNumber = :insured", LegacyCareerMonth.class)
                .setParameter("insured", number.canonical())
                .getResultStream()
                .filter(month -> month.getEmployerNumber() == null
                        || !declared.contains(month.getPeriod() + " " + displayed(month.getEmployerNumber())))
                .forEach(month -> months.add(new IndividualCareer.Month(
                        month.getPeriod(),
                        month.getEmployerNumber() == null ? null : displayed(month.getEmployerNumber()),
                        month.getEmployerName(),
                        month.getDaysWorked(),
                        month.getGrossPay(),
                        month.getSource())));
        // the months of voluntary insurance paid count like wages, on the income declared
        em.createQuery(
                        "SELECT c FROM VoluntaryContribution c WHERE c.insuredNumber = :insured",
                        tg.cnss.eservices.account.entity.VoluntaryContribution.class)
                .setParameter("insured", number.canonical())
                .getResultStream()
                .forEach(paid -> months.add(new IndividualCareer.Month(
                        paid.getPeriod(),
                        null,
                        "Assurance volontaire",
                        0,
                        paid.getMonthlyIncome(),
                        "Cotisation volontaire " + paid.getPaymentReference())));
        return months;
    }

    private static String displayed(String employerNumber) {
        return EmployerNumber.parse(employerNumber).display();
    }

    private String employerName(String canonical) {
        return employers
                .findByNumber(EmployerNumber.parse(canonical))
                .map(employer -> employer.getName())
                .orElse(EmployerNumber.parse(canonical).display());
    }
}
