package tg.cnss.eservices.benefit.boundary;

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
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.FamilyAllowanceRules;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.DependantRegistry;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.registration.spi.CallerInsured;

/**
 * The family allowances the signed-in person's declared children open today, by the rule in force
 * (reference data). An estimate for the profile: payment also needs the salaried activity the
 * fund checks.
 */
@Stateless
@RolesAllowed("INSURED")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FamilyAllowances {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerInsured callerInsured;

    @Inject
    DependantRegistry dependants;

    @Inject
    Clock clock;

    public FamilyAllowanceRules.Allowance mine() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        List<FamilyAllowanceRules.Declared> children =
                dependants.of(callerInsured.of(session.getCallerPrincipal().getName())).stream()
                        .filter(dependant -> dependant.getRelation() == DependantRelation.CHILD)
                        .map(child -> new FamilyAllowanceRules.Declared(
                                child.getFirstNames() + " " + child.getLastName(), child.getBirthDate()))
                        .toList();
        return FamilyAllowanceRules.on(today, children, parametersOn(today));
    }

    private FamilyAllowanceRules.Parameters parametersOn(LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT monthly_amount, age_limit, max_children FROM"
                        + " family_allowance_rule WHERE valid_from <= ? ORDER BY valid_from DESC")
                .setParameter(1, day)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException(
                    "Aucune règle d'allocations familiales en vigueur (table family_allowance_rule)");
        }
        Object[] row = (Object[]) rows.get(0);
        return new FamilyAllowanceRules.Parameters(
                Francs.of(((Number) row[0]).longValue()), ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
    }
}
