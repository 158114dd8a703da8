package tg.cnss.eservices.worklist.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** No such item in the caller's department's worklist (another department's looks the same). */
@ApplicationException(rollback = false)
public class UnknownWorkItemException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownWorkItemException(long itemId) {
        super("Aucun élément " + itemId + " dans la corbeille de votre département.");
    }
}
