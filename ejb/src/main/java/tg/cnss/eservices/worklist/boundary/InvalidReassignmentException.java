package tg.cnss.eservices.worklist.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** A reassignment that cannot be made (unknown agent, same agent, no reason); the message is French. */
@ApplicationException(rollback = true)
public class InvalidReassignmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidReassignmentException(String message) {
        super(message);
    }
}
