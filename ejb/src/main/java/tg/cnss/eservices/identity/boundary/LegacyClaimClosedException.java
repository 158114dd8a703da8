package tg.cnss.eservices.identity.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** The step "Ajoutez votre adresse e-mail" is over (too old, too many wrong codes): sign in again. */
@ApplicationException(rollback = false)
public class LegacyClaimClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LegacyClaimClosedException(String message) {
        super(message);
    }
}
