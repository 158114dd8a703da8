package tg.cnss.eservices.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import tg.cnss.eservices.kernel.BusinessException;

/** A form the server refuses: each field's French message, by field name, in the form's order. */
@ApplicationException(rollback = true)
public class InvalidFormException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> errors;

    public InvalidFormException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public Map<String, String> fieldErrors() {
        return errors;
    }
}
