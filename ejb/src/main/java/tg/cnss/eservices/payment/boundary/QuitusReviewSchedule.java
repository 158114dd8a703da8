package tg.cnss.eservices.payment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import tg.cnss.eservices.payment.control.QuitusRevocations;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * Every night, the quitus in force are reviewed against arrears (a due date passed unpaid revokes
 * them). Each server of the cluster wakes up; the first to move the job's day in
 * {@code scheduled_run} does the work, the others find the day taken and do nothing.
 */
@Stateless
public class QuitusReviewSchedule {

    static final String JOB = "QUITUS_REVIEW";
    private static final Logger LOG = Logger.getLogger(QuitusReviewSchedule.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    QuitusRevocations revocations;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "30", timezone = "Africa/Lome", persistent = false)
    void nightly() {
        runFor(clock.instant());
    }

    /** Reviews once for the day of {@code at}: false when another server (or an earlier call) did. */
    public boolean runFor(Instant at) {
        LocalDate today = at.atZone(Clocks.LOME).toLocalDate();
        int claimed = em.createNativeQuery("UPDATE scheduled_run SET last_day = ? WHERE job = ? AND last_day < ?")
                .setParameter(1, today)
                .setParameter(2, JOB)
                .setParameter(3, today)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        int revoked = revocations.reviewAll(at);
        LOG.info(() -> "Revue des quitus sociaux du " + today + " : " + revoked + " révoqué(s) / quitus reviewed, "
                + revoked + " revoked");
        return true;
    }
}
