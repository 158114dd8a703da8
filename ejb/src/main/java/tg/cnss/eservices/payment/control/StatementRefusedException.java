package tg.cnss.eservices.payment.control;

/** A bank statement the portal cannot read; the message, in French, says where and what to do. */
public class StatementRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StatementRefusedException(String message) {
        super(message);
    }

    public StatementRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
