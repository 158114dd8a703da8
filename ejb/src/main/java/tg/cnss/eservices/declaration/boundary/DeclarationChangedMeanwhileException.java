package tg.cnss.eservices.declaration.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** The month was declared (again) since the preview was shown: nothing is written. */
@ApplicationException(rollback = true)
public class DeclarationChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeclarationChangedMeanwhileException(String periodLabel, String reference) {
        super("Le mois de " + periodLabel + " a été déclaré entre-temps (référence " + reference
                + ") : vérifiez la déclaration enregistrée avant d'en envoyer une nouvelle.");
    }
}
