package tg.cnss.eservices.payment.boundary;

import java.util.List;
import tg.cnss.eservices.payment.control.QuitusEligibility;

/**
 * What the quitus page shows: whether the employer may ask, condition by condition; the request
 * being processed, if any (one at a time); the quitus already issued; how long one is valid.
 */
public record QuitusSituation(
        QuitusEligibility.Eligibility eligibility, String openRequest, List<QuitusLine> issued, int validityMonths) {

    public boolean mayAsk() {
        return eligibility.eligible() && openRequest == null;
    }

    /** The quitus valid today, the newest, if any. */
    public QuitusLine current() {
        return issued.stream().filter(QuitusLine::valid).findFirst().orElse(null);
    }
}
