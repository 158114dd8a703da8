package tg.cnss.eservices.declaration.control;

/**
 * A DNR file that cannot be read at all (not an .xlsx, too large, damaged, dangerous, without its
 * header): the message, in French, says what to do; nothing of it is kept.
 */
public class DnrFileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DnrFileRefusedException(String message) {
        super(message);
    }

    public DnrFileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
