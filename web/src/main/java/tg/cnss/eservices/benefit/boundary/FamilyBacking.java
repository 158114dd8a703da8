package tg.cnss.eservices.benefit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tg.cnss.eservices.benefit.control.FamilyAllowanceRules;
import tg.cnss.eservices.registration.boundary.DependantLine;
import tg.cnss.eservices.registration.boundary.Dependants;

/** The insured person's profile, "Personnes à charge": the dependants accepted and the family allowances they open. */
@Named
@RequestScoped
public class FamilyBacking {

    @Inject
    Dependants dependants;

    @Inject
    FamilyAllowances allowances;

    private List<DependantLine> lines;
    private FamilyAllowanceRules.Allowance allowance;

    public List<DependantLine> getDependants() {
        if (lines == null) {
            lines = dependants.mine();
        }
        return lines;
    }

    public FamilyAllowanceRules.Allowance getAllowance() {
        if (allowance == null) {
            allowance = allowances.mine();
        }
        return allowance;
    }
}
