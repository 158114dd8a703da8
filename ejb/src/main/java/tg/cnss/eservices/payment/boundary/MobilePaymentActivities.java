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
import tg.cnss.eservices.registration.spi.NoInsuredNumberException;
import tg.cnss.eservices.request.spi.ActivitySource;

/**
 * The mobile payments in "Historique des activités": an employer's contributions (bank payments are
 * requests, in their own tab), an insured person's voluntary insurance.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MobilePaymentActivities implements ActivitySource {

    @Resource
    SessionContext session;

    @Inject
    MobilePayments payments;

    @Inject
    VoluntaryPayments voluntaryPayments;

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
        if (session.isCallerInRole("INSURED")) {
            return insuredPayments();
        }
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

    /** An insured person's voluntary-insurance payments, on the page of his voluntary insurance. */
    private List<Activity> insuredPayments() {
        try {
            return voluntaryPayments.mine().stream()
                    .map(payment -> new Activity(
                            payment.reference(),
                            "Paiement mobile (assurance volontaire)",
                            payment.amount().display() + " — " + payment.operator() + " " + payment.phone(),
                            payment.requestedAt(),
                            payment.statusLabel(),
                            "assurance-volontaire.xhtml"))
                    .toList();
        } catch (NoInsuredNumberException none) {
            return List.of(); // an insured account not yet tied to a number has nothing here
        }
    }
}
