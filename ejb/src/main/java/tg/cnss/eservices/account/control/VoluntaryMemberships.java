package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.account.entity.VoluntaryMembership;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** The voluntary insurance memberships, and the contribution rate in force (reference data). */
@Dependent
public class VoluntaryMemberships {

    @PersistenceContext
    EntityManager em;

    public void open(VoluntaryMembership membership) {
        em.persist(membership);
    }

    public Optional<VoluntaryMembership> openOf(InsuredNumber insured) {
        return em.createQuery(
                        "SELECT m FROM VoluntaryMembership m WHERE m.openInsuredNumber = :insured",
                        VoluntaryMembership.class)
                .setParameter("insured", insured.canonical())
                .getResultStream()
                .findFirst();
    }

    /** The rate of the declared income on {@code day} (table voluntary_insurance_rate: unconfirmed, 16,5 %). */
    public BigDecimal rateOn(LocalDate day) {
        List<?> rates = em.createNativeQuery("SELECT rate_percent FROM voluntary_insurance_rate WHERE valid_from <= ?"
                        + " ORDER BY valid_from DESC")
                .setParameter(1, day)
                .setMaxResults(1)
                .getResultList();
        if (rates.isEmpty()) {
            throw new IllegalStateException(
                    "Aucun taux d'assurance volontaire en vigueur (table voluntary_insurance_rate)");
        }
        return new BigDecimal(rates.get(0).toString()).setScale(2);
    }
}
