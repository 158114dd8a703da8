package tg.cnss.eservices.payment.boundary;

import java.io.Serializable;

/**
 * A mobile payment as the employer asks it: the payer's operator and number, the amount; and the
 * token of the form shown, so that a double click or a reload starts one payment, not two.
 */
public record MobilePaymentForm(String operator, String phone, Long amount, String formToken) implements Serializable {}
