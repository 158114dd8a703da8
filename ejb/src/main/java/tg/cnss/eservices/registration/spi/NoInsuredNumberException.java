package tg.cnss.eservices.registration.spi;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** An insured account not (yet) tied to an insured number: nothing of a career can be shown. */
@ApplicationException(rollback = true)
public class NoInsuredNumberException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoInsuredNumberException() {
        super("Votre compte n'est pas encore rattaché à un numéro d'assuré : écrivez à la CNSS (Réclamations).");
    }
}
