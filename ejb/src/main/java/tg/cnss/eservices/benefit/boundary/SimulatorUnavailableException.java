package tg.cnss.eservices.benefit.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** The simulator cannot run for this person (the registry does not know his birth date); the message says what to do. */
@ApplicationException(rollback = true)
public class SimulatorUnavailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SimulatorUnavailableException(String frenchMessage) {
        super(frenchMessage);
    }
}
