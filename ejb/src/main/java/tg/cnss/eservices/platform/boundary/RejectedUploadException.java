package tg.cnss.eservices.platform.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** A file the portal refuses (empty, too large, of a type it does not take, unreadable); the message is French and names the file. */
@ApplicationException(rollback = true)
public class RejectedUploadException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RejectedUploadException(String message) {
        super(message);
    }
}
