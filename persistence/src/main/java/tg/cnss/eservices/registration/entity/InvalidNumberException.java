package tg.cnss.eservices.registration.entity;

/** A registration number that is malformed or whose check key does not match; the message is French. */
public class InvalidNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNumberException(String message) {
        super(message);
    }
}
