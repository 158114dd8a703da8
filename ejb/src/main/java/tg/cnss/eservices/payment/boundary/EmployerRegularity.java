package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import tg.cnss.eservices.payment.control.QuitusEligibility;
import tg.cnss.eservices.payment.control.QuitusFacts;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * Whether an employer is "à jour de ses obligations" today, for public buyers (partner API): the
 * quitus conditions that are obligations — workers registered, declarations filed, nothing unpaid —
 * without the six months asked of a new business before a quitus. Yes or no and the date, nothing
 * of the figures behind it.
 */
@Stateless
@PermitAll
public class EmployerRegularity {

    /** The answer: the employer's number and name, up to date or not, on which day. */
    public record Regularity(String employerNumber, String employerName, boolean upToDate, LocalDate on) {}

    @Inject
    EmployerRegistry employers;

    @Inject
    QuitusFacts facts;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Regularity> of(EmployerNumber number) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        return employers.findByNumber(number).map(employer -> {
            boolean upToDate = QuitusEligibility.upToDate(facts.of(employer, today));
            return new Regularity(number.display(), employer.getName(), upToDate, today);
        });
    }
}
