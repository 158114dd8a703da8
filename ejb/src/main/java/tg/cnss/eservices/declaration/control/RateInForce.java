package tg.cnss.eservices.declaration.control;

import java.math.BigDecimal;
import tg.cnss.eservices.reference.entity.ContributionBranch;
import tg.cnss.eservices.reference.entity.ContributionPayer;
import tg.cnss.eservices.reference.entity.Validity;

/** A dated contribution rate of the reference data, as the rules read it. */
public record RateInForce(
        ContributionBranch branch, ContributionPayer payer, BigDecimal ratePercent, Validity validity) {}
