package tg.cnss.eservices.benefit.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * Family allowances (domain-rules.md §5): a monthly amount per child below the age limit, for at
 * most a number of children. The amount is published (2 000 F); the age limit and the most
 * children counted are not, and come from reference data (table family_allowance_rule), named as
 * unconfirmed wherever they are shown. The youngest children are counted first: they are the
 * longest entitled. Pure.
 */
public final class FamilyAllowanceRules {

    /** The rule in force: the amount per child per month, the age limit in years, the most children counted. */
    public record Parameters(Francs perChild, int ageLimit, int maxChildren) {}

    /** A child: entitled until the day before {@code until}; counted or, if not, why. */
    public record Child(String name, LocalDate birthDate, LocalDate until, boolean counted, String note) {}

    /** The children as the allowance sees them on a day, and the monthly amount they open. */
    public record Allowance(List<Child> children, int counted, Francs monthly, Parameters parameters) {}

    /** A child declared: name and birth date. */
    public record Declared(String name, LocalDate birthDate) {}

    private FamilyAllowanceRules() {}

    public static Allowance on(LocalDate day, List<Declared> declared, Parameters parameters) {
        List<Declared> youngestFirst = declared.stream()
                .sorted(Comparator.comparing(Declared::birthDate).reversed())
                .toList();
        List<Child> children = new ArrayList<>();
        int counted = 0;
        for (Declared child : youngestFirst) {
            LocalDate until = child.birthDate().plusYears(parameters.ageLimit());
            if (!day.isBefore(until)) {
                children.add(new Child(child.name(), child.birthDate(), until, false, "a atteint la limite d'âge"));
            } else if (counted == parameters.maxChildren()) {
                children.add(new Child(
                        child.name(),
                        child.birthDate(),
                        until,
                        false,
                        "au-delà des " + parameters.maxChildren() + " enfants comptés"));
            } else {
                counted++;
                children.add(new Child(child.name(), child.birthDate(), until, true, null));
            }
        }
        children.sort(Comparator.comparing(Child::birthDate));
        return new Allowance(
                List.copyOf(children), counted, parameters.perChild().times(counted), parameters);
    }
}
