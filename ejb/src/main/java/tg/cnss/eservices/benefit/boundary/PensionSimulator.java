package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.boundary.IndividualAccounts;
import tg.cnss.eservices.account.control.IndividualCareer;
import tg.cnss.eservices.benefit.control.PensionRules;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.spi.CallerInsured;

/**
 * "Simulateur de Pension" (manual, Espace Assurés item 5: normal or early pension, result at once),
 * from the person's own individual account: the months and wages on record, plus — "what if" — the
 * months until the chosen departure at the wage supposed. The rules and their parameters are
 * {@link PensionRules}'; the result says each figure's rule and the rules' version.
 */
@Stateless
@RolesAllowed("INSURED")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PensionSimulator {

    private static final long MAX_WAGE = 100_000_000L;
    private static final int MAX_YEARS_AHEAD = 50;

    @Resource
    SessionContext session;

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredRegistry insured;

    @Inject
    IndividualAccounts accounts;

    @Inject
    Clock clock;

    public SimulatorStart start() {
        LocalDate birth = birthDate();
        IndividualCareer.Career career = accounts.career();
        List<Long> wages = career.monthlyWages();
        LocalDate today = today();
        PensionRules.Parameters parameters = PensionRules.Parameters.CURRENT;
        return new SimulatorStart(
                birth,
                career.monthsCounted(),
                wages.isEmpty() ? 0 : wages.get(wages.size() - 1),
                later(birth.plusYears(parameters.normalAge()), today),
                later(birth.plusYears(parameters.earlyAge()), today));
    }

    /**
     * Simulates a departure on {@code retirementDate}, supposing {@code futureMonthlyWage} each month
     * from this month until then (none when null or zero). Refused field by field in French.
     */
    public PensionSimulation simulate(LocalDate retirementDate, Long futureMonthlyWage) {
        LocalDate today = today();
        Map<String, String> errors = new LinkedHashMap<>();
        if (retirementDate == null) {
            errors.put("depart", "Date de départ : indiquez-la (JJ/MM/AAAA).");
        } else if (retirementDate.isBefore(today)) {
            errors.put("depart", "Date de départ : aujourd'hui ou plus tard.");
        } else if (retirementDate.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.put("depart", "Date de départ : dans les " + MAX_YEARS_AHEAD + " ans qui viennent.");
        }
        long wage = futureMonthlyWage == null ? 0 : futureMonthlyWage;
        if (wage < 0 || wage > MAX_WAGE) {
            errors.put("salaireFutur", "Salaire mensuel supposé : en francs CFA, sans espace ni décimale.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        IndividualCareer.Career career = accounts.career();
        List<Long> wages = new ArrayList<>(career.monthlyWages());
        int future = 0;
        if (wage > 0) {
            for (YearMonth month = YearMonth.from(today);
                    month.isBefore(YearMonth.from(retirementDate));
                    month = month.plusMonths(1)) {
                wages.add(wage);
                future++;
            }
        }
        return new PensionSimulation(
                retirementDate,
                career.monthsCounted(),
                future,
                wage,
                PensionRules.simulate(birthDate(), retirementDate, wages, PensionRules.Parameters.CURRENT));
    }

    private LocalDate birthDate() {
        return insured.findByNumber(
                        callerInsured.of(session.getCallerPrincipal().getName()))
                .map(InsuredPerson::getBirthDate)
                .orElseThrow(() -> new SimulatorUnavailableException("Votre date de naissance n'est pas encore connue"
                        + " du registre des assurés : la simulation en a besoin. Écrivez à la CNSS (Réclamations)."));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
