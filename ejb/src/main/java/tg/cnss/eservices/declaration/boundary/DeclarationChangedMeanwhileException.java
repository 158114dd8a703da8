package tg.cnss.eservices.declaration.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** The month (or the quarter, for a DNR) was declared (again) since the preview was shown: nothing is written. */
@ApplicationException(rollback = true)
public class DeclarationChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeclarationChangedMeanwhileException(String periodLabel, String reference) {
        this(messageOf("Le mois de " + periodLabel, reference));
    }

    private DeclarationChangedMeanwhileException(String message) {
        super(message);
    }

    /** The quarter's DNR was sent (again) since the page was opened. */
    public static DeclarationChangedMeanwhileException ofQuarter(String quarterLabel, String reference) {
        return new DeclarationChangedMeanwhileException(messageOf("Le " + quarterLabel, reference));
    }

    private static String messageOf(String what, String reference) {
        return what + " a été déclaré entre-temps (référence " + reference
                + ") : vérifiez la déclaration enregistrée avant d'en envoyer une nouvelle.";
    }
}
