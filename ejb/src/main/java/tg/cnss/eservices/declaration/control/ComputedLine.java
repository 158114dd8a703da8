package tg.cnss.eservices.declaration.control;

import java.math.BigDecimal;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.reference.entity.ContributionBranch;
import tg.cnss.eservices.reference.entity.ContributionPayer;

/** One contribution line: the rate applied to the payroll, rounded half-up to the franc. */
public record ComputedLine(ContributionBranch branch, ContributionPayer payer, BigDecimal ratePercent, Francs amount) {

    /** "12,5 %": how the page and the receipt write a rate. */
    public String rateLabel() {
        return rateLabel(ratePercent);
    }

    public static String rateLabel(BigDecimal ratePercent) {
        return ratePercent.stripTrailingZeros().toPlainString().replace('.', ',') + "\u00a0%";
    }

    public boolean isAmu() {
        return branch == ContributionBranch.AMU;
    }
}
