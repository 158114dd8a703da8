package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The employers an insured person may have worked for when an occupational risk arose: those whose
 * roster has the person (with the job and hiring date it says), then those that declared wages for
 * the person in the last two years — each once, the latest first.
 */
@Dependent
public class InsuredEmployers {

    static final int MONTHS_BACK = 24;

    /** An employer to choose, with what the roster says of the job (null when only wages are known). */
    public record Choice(String number, String name, String job, LocalDate hireDate) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CareerMonths careers;

    @Inject
    EmployerRegistry employers;

    public List<Choice> of(InsuredNumber insured, LocalDate today) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT e FROM Employment e WHERE e.insuredNumber = :insured ORDER BY e.startDate DESC",
                        Employment.class)
                .setParameter("insured", insured.canonical())
                .getResultList()
                .forEach(employment -> choices.putIfAbsent(
                        employment.getEmployerNumber().display(),
                        new Choice(
                                employment.getEmployerNumber().display(),
                                nameOf(employment.getEmployerNumber(), null),
                                employment.getJob(),
                                employment.getStartDate())));
        YearMonth since = YearMonth.from(today).minusMonths(MONTHS_BACK);
        careers.of(insured).stream()
                .filter(month ->
                        month.employerNumber() != null && !month.period().isBefore(since))
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .forEach(month -> {
                    EmployerNumber number = EmployerNumber.parse(month.employerNumber());
                    choices.putIfAbsent(
                            number.display(),
                            new Choice(number.display(), nameOf(number, month.employerName()), null, null));
                });
        return List.copyOf(choices.values());
    }

    /** The registry's record of a chosen employer (its e-mail and phone for the form). */
    public java.util.Optional<Employer> registered(String number) {
        return employers.findByNumber(EmployerNumber.parse(number));
    }

    private String nameOf(EmployerNumber number, String otherwise) {
        return employers
                .findByNumber(number)
                .map(Employer::getName)
                .orElse(otherwise == null ? number.display() : otherwise);
    }
}
