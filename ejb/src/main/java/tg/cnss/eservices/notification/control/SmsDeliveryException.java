package tg.cnss.eservices.notification.control;

/** The SMS gateway could not take the message now; the notification is retried. */
public class SmsDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
