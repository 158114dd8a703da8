package tg.cnss.eservices.request.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/**
 * No such request for this caller. Said the same way whether the reference does not exist or
 * belongs to someone else, so that references cannot be probed.
 */
@ApplicationException(rollback = true)
public class UnknownRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownRequestException(String reference) {
        super("Aucune demande " + reference + " dans votre espace.");
    }
}
