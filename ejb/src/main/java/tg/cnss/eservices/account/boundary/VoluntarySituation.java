package tg.cnss.eservices.account.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * "Assurance volontaire" as the page opens: who, the day work most likely ended (the account's last
 * month), the membership if open, the request being processed, and what the form offers — the
 * SMIG and the rate in force, the ID documents, the CNSS's bank accounts.
 */
public record VoluntarySituation(
        String insuredNumber,
        String fullName,
        LocalDate suggestedLeavingDay,
        Membership membership,
        String openRequest,
        long smig,
        BigDecimal ratePercent,
        List<Option> identityDocuments)
        implements Serializable {

    /** An open voluntary insurance: from which month, the income, the contribution, the reference to quote. */
    public record Membership(
            YearMonth firstMonth,
            long monthlyIncome,
            BigDecimal ratePercent,
            long monthlyContribution,
            String requestReference)
            implements Serializable {}

    /** A choice of a list: its code and what people read. */
    public record Option(String code, String label) implements Serializable {}

    public boolean member() {
        return membership != null;
    }

    public boolean mayAsk() {
        return membership == null && openRequest == null;
    }

    /** The rate as people write it: "16,5". */
    public String rateLabel() {
        return ratePercent.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
