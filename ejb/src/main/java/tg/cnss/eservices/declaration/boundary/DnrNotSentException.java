package tg.cnss.eservices.declaration.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** The DNR still has errors: nothing is sent; the preview lists them line by line. */
@ApplicationException(rollback = true)
public class DnrNotSentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DnrNotSentException(long errors) {
        super("La déclaration compte encore " + errors + " erreur(s) : corrigez-les (liste ci-dessous) avant"
                + " de l'envoyer. Rien n'a été envoyé ; votre saisie est conservée.");
    }
}
