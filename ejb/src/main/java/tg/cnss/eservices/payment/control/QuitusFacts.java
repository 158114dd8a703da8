package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.declaration.control.ContributionDeclarationRecords;
import tg.cnss.eservices.declaration.control.ContributionRules;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.Employer;

/**
 * Gathers what {@link QuitusEligibility} weighs for one employer, from the portal's books: the
 * months and quarters due — from its registration for a business registered through the portal;
 * for one of the registry before it, from its first declaration here (what it declared at the
 * counters before is in the CNSS's older books, not in these) — those declared, the workers its
 * last DNR left without an insured number, and its arrears (surcharges included).
 */
@Dependent
public class QuitusFacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountStatements statements;

    @Inject
    ContributionDeclarationRecords monthly;

    public QuitusEligibility.Facts of(Employer employer, LocalDate today) {
        String number = employer.getNumber().canonical();
        LocalDate registeredOn = employer.getRegisteredAt().atZone(Clocks.LOME).toLocalDate();
        Set<YearMonth> monthsDeclared = monthly.declaredPeriodsOf(number);
        Set<Quarter> quartersDeclared = new TreeSet<>();
        em.createQuery(
                        "SELECT DISTINCT d.quarter FROM WageDeclaration d WHERE d.employerNumber = :employer",
                        String.class)
                .setParameter("employer", number)
                .getResultList()
                .forEach(code -> quartersDeclared.add(storedQuarter(code)));
        // A business registered through the portal owes every month from its registration; one of
        // the registry before the portal, every month from its first declaration here.
        boolean registeredHere = employer.getRequestReference() != null;
        YearMonth firstMonth = registeredHere || monthsDeclared.isEmpty()
                ? YearMonth.from(registeredOn)
                : monthsDeclared.iterator().next();
        List<YearMonth> monthsDue = new ArrayList<>();
        for (YearMonth month = firstMonth;
                today.isAfter(ContributionRules.dueDateOf(month));
                month = month.plusMonths(1)) {
            monthsDue.add(month);
        }
        Quarter firstQuarter = registeredHere || quartersDeclared.isEmpty()
                ? Quarter.of(registeredOn)
                : quartersDeclared.iterator().next();
        List<Quarter> quartersDue = new ArrayList<>();
        for (Quarter quarter = firstQuarter; today.isAfter(DnrRules.dueDateOf(quarter)); quarter = quarter.next()) {
            quartersDue.add(quarter);
        }
        return new QuitusEligibility.Facts(
                today,
                registeredOn,
                monthsDue,
                monthsDeclared,
                quartersDue,
                quartersDeclared,
                workersLeftToRegister(number),
                statements.statementOf(statements.linesOf(number), today).overdue());
    }

    /** The workers declared "à immatriculer" in the DNR in force of the last quarter declared. */
    private int workersLeftToRegister(String employer) {
        return em.createQuery(
                        "SELECT d.toRegisterCount FROM WageDeclaration d WHERE d.employerNumber = :employer"
                                + " AND d.replacedAt IS NULL ORDER BY d.quarter DESC",
                        Integer.class)
                .setParameter("employer", employer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(0);
    }

    /** "2026-T3" as {@code WageDeclaration} stores it. */
    private static Quarter storedQuarter(String code) {
        return new Quarter(Integer.parseInt(code.substring(0, 4)), Integer.parseInt(code.substring(6)));
    }
}
