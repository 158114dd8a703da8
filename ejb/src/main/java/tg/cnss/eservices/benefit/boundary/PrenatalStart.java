package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the prenatal-allowance form starts from: who asks, the request being processed if any, who
 * the future mother may be (the insured woman herself, or a spouse accepted as a dependant).
 */
public record PrenatalStart(String insuredNumber, String fullName, String openRequest, List<Mother> mothers)
        implements Serializable {

    /** A possible future mother: SELF or a dependant's id, and her name. */
    public record Mother(String code, String label) implements Serializable {}

    public boolean mayAsk() {
        return openRequest == null && !mothers.isEmpty();
    }
}
