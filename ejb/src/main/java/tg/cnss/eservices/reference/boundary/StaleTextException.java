package tg.cnss.eservices.reference.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** Someone else saved the text while it was being edited: nothing is overwritten. */
@ApplicationException(rollback = true)
public class StaleTextException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleTextException(String message) {
        super(message);
    }
}
