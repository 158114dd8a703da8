package tg.cnss.eservices.payment.control;

/** The aggregator could not be reached or refused the payment; the message is for the employer. */
public class PaymentGatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
