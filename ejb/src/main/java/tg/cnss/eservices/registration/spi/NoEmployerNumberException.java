package tg.cnss.eservices.registration.spi;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** An employer account not (yet) tied to an employer number: nothing of an employer's business can be shown. */
@ApplicationException(rollback = true)
public class NoEmployerNumberException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoEmployerNumberException() {
        super("Votre compte n'est rattaché à aucun numéro d'employeur : contactez la CNSS pour qu'elle le rattache"
                + " à votre entreprise.");
    }
}
