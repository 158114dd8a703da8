package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pension form starts from: who asks, the request being processed if any, the pensions
 * one may ask for, the departure proposed (the first day of the month after the 60th birthday, or
 * of next month), the mobile-money operators.
 */
public record PensionClaimStart(
        String insuredNumber,
        String fullName,
        LocalDate birthDate,
        int monthsCounted,
        String openRequest,
        List<Option> types,
        LocalDate proposedStart,
        List<Option> operators)
        implements Serializable {

    /** A choice of a list: its code and what people read. */
    public record Option(String code, String label) implements Serializable {}

    public boolean mayAsk() {
        return openRequest == null;
    }
}
