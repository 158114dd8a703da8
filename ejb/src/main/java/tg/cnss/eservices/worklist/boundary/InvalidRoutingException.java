package tg.cnss.eservices.worklist.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** A routing change that cannot be saved; the message is French and shown as is. */
@ApplicationException(rollback = true)
public class InvalidRoutingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidRoutingException(String message) {
        super(message);
    }
}
