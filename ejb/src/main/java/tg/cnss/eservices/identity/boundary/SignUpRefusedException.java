package tg.cnss.eservices.identity.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** A sign-up that cannot go on (unknown number, account already there, data not matching); French message. */
@ApplicationException(rollback = true)
public class SignUpRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SignUpRefusedException(String message) {
        super(message);
    }
}
