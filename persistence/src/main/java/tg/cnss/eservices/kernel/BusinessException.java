package tg.cnss.eservices.kernel;

import java.util.Map;

/**
 * The base of every refusal the portal explains to its user: its message is French, written for
 * the person who filled the form or clicked the button, and pages show it as it is (next to its
 * fields when {@link #fieldErrors()} names them). Each subclass says with {@code @ApplicationException}
 * whether the transaction rolls back. Programming errors are not business exceptions: they reach
 * the incident page with a number.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String frenchMessage) {
        super(frenchMessage);
    }

    /** The message by field name, in the form's order, when the refusal is about fields; else empty. */
    public Map<String, String> fieldErrors() {
        return Map.of();
    }
}
