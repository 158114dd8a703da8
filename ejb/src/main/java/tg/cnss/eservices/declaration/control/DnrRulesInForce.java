package tg.cnss.eservices.declaration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.boundary.ReferenceData;

/**
 * The DNR rules of a quarter as they apply today, for the online form and for files alike: the
 * SMIG of each month from the dated reference data (looked up once, not per line), the current
 * month in Lomé, and the insured numbers the registry knows (looked up by the caller).
 */
@Dependent
public class DnrRulesInForce {

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    public DnrRules of(Quarter quarter, Set<String> knownNumbers) {
        Map<YearMonth, Francs> smig = new HashMap<>();
        for (YearMonth month : quarter.months()) {
            smig.put(
                    month,
                    referenceData
                            .minimumWageOn(ContributionRules.rateDayOf(month))
                            .map(wage -> Francs.of(wage.getMonthlyAmount()))
                            .orElse(Francs.ZERO));
        }
        return new DnrRules(
                quarter,
                YearMonth.now(clock.withZone(Clocks.LOME)),
                month -> smig.getOrDefault(month, Francs.ZERO),
                number -> knownNumbers.contains(number.canonical()));
    }
}
