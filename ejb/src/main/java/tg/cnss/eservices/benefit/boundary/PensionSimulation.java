package tg.cnss.eservices.benefit.boundary;

import java.time.LocalDate;
import tg.cnss.eservices.benefit.control.PensionRules;

/**
 * A simulation as the page shows it: what it assumed (the departure date, the months and the wage
 * supposed until then) and what the rules found.
 */
public record PensionSimulation(
        LocalDate retirementDate,
        int monthsOnRecord,
        int futureMonths,
        long futureMonthlyWage,
        PensionRules.Simulation result) {}
