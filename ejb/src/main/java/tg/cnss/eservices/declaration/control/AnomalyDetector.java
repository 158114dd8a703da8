package tg.cnss.eservices.declaration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.DeclarationAnomaly;

/**
 * Compares a month's contribution declaration with what its quarter's DNR says of it, in the
 * transaction of whichever filing just changed one of them: a difference opens (or updates) the
 * month's anomaly for Recouvrement; agreement resolves it. The month's anomaly is read under a row
 * lock, and the unique key on (employer, month) is the last guard against two filings at once.
 */
@Dependent
public class AnomalyDetector {

    @PersistenceContext
    EntityManager em;

    public void compare(
            String employer,
            YearMonth period,
            Optional<DnrMonth> dnr,
            Optional<ContributionDeclaration> monthly,
            Instant now) {
        Optional<DeclarationAnomaly> known = em.createQuery(
                        "SELECT a FROM DeclarationAnomaly a WHERE a.employerNumber = :employer AND a.period = :period",
                        DeclarationAnomaly.class)
                .setParameter("employer", employer)
                .setParameter("period", period.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (dnr.isPresent()
                && monthly.isPresent()
                && dnr.get()
                        .differsFrom(
                                monthly.get().getWorkerCount(), monthly.get().getGrossPayroll())) {
            DeclarationAnomaly.Figures figures = new DeclarationAnomaly.Figures(
                    dnr.get().reference(),
                    dnr.get().workers(),
                    dnr.get().payroll().value(),
                    monthly.get().getReference(),
                    monthly.get().getWorkerCount(),
                    monthly.get().getGrossPayroll());
            known.ifPresentOrElse(
                    anomaly -> anomaly.stillDiffers(figures, now),
                    () -> em.persist(new DeclarationAnomaly(employer, period, figures, now)));
        } else {
            known.ifPresent(anomaly -> anomaly.resolve(now));
        }
    }
}
