package tg.cnss.eservices.payment.boundary;

import java.io.Serializable;

/**
 * A payment of voluntary insurance by mobile money, as the insured person asks it: how many months,
 * the wallet that pays, and the token of the form shown (one payment per form).
 */
public record VoluntaryPaymentForm(Integer months, String operator, String phone, String formToken)
        implements Serializable {}
