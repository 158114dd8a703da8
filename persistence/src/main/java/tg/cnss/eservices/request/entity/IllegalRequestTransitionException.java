package tg.cnss.eservices.request.entity;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/**
 * A decision or answer that the request's current status does not allow (e.g. two agents acting on
 * the same item, or an agent acting on an item confided to another); the message is French and
 * shown as is. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class IllegalRequestTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalRequestTransitionException(String reference, RequestStatus from, RequestStatus to) {
        super("La demande " + reference + " est « " + from.label() + " » : elle ne peut pas passer à « " + to.label()
                + " ».");
    }

    public IllegalRequestTransitionException(String message) {
        super(message);
    }
}
