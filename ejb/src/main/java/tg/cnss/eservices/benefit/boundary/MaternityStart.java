package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the I.J.M form starts from: who asks, since when she is insured (null: unknown), her
 * employer from the account, the request being processed if any, and why she may not ask (a man,
 * for whom the page says so), if so.
 */
public record MaternityStart(
        String insuredNumber,
        String fullName,
        LocalDate registeredSince,
        String employer,
        String openRequest,
        String notForYou)
        implements Serializable {

    public boolean mayAsk() {
        return openRequest == null && notForYou == null;
    }
}
