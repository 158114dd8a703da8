package tg.cnss.eservices.payment.boundary;

import jakarta.ejb.ApplicationException;
import tg.cnss.eservices.kernel.BusinessException;

/** A mobile payment that could not be started (service not open here, aggregator unreachable or refusing). */
@ApplicationException(rollback = true)
public class MobilePaymentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MobilePaymentRefusedException(String frenchMessage) {
        super(frenchMessage);
    }
}
