package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;
import tg.cnss.eservices.request.spi.ActivitySource;

/** The employer's mobile payments in "Historique des activités" (bank payments are requests, in their own tab). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MobilePaymentActivities implements ActivitySource {

    @Resource
    SessionContext session;

    @Inject
    MobilePayments payments;

    @Override
    public String code() {
        return "MM";
    }

    @Override
    public String label() {
        return "Paiements mobiles";
    }

    @Override
    public List<Activity> mine() {
        if (!session.isCallerInRole("EMPLOYER")) {
            return List.of();
        }
        try {
            return payments.mine().stream()
                    .map(payment -> new Activity(
                            payment.reference(),
                            "Paiement mobile",
                            payment.amount().display() + " — " + payment.operator() + " " + payment.phone(),
                            payment.requestedAt(),
                            payment.statusLabel(),
                            "paiement-mobile.xhtml?ref=" + payment.reference()))
                    .toList();
        } catch (NoEmployerNumberException none) {
            return List.of(); // an employer account not yet tied to a number has nothing here
        }
    }
}
