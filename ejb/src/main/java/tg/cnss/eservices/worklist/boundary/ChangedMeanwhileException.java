package tg.cnss.eservices.worklist.boundary;

import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;

/**
 * The item was changed by someone else (another tab, a supervisor, the requester's answer) after
 * the agent's page was shown: the decision is refused, the page shows the current state.
 */
public class ChangedMeanwhileException extends IllegalRequestTransitionException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String reference) {
        super("La demande " + reference + " a été modifiée entre-temps : voici son état actuel ;"
                + " vérifiez-le avant de décider.");
    }
}
