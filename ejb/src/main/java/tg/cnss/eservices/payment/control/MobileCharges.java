package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.kernel.ReadableCodes;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.payment.entity.MobilePayment;

/**
 * What every mobile payment goes through, whoever pays (an employer his contributions, an insured
 * person his voluntary insurance): one payment per form shown (its token), the wallet checked, a
 * reference, and the aggregator asked to charge it.
 */
@Dependent
public class MobileCharges {

    /** The wallet that pays: its operator and number. */
    public record Wallet(MobileOperator operator, PhoneNumber phone) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateways gateways;

    /** The payment already started from this form (a double click, a reload), if any. */
    public Optional<MobilePayment> startedWith(String formToken) {
        if (formToken == null || formToken.isBlank() || formToken.length() > 40) {
            throw new IllegalArgumentException("Jeton de formulaire absent");
        }
        return em.createQuery("SELECT p FROM MobilePayment p WHERE p.formToken = :token", MobilePayment.class)
                .setParameter("token", formToken)
                .getResultStream()
                .findFirst();
    }

    /** The wallet typed, or null with the errors said field by field. */
    public Wallet wallet(String operatorCode, String typedPhone, Map<String, String> errors) {
        MobileOperator operator = null;
        for (MobileOperator candidate : MobileOperator.values()) {
            if (candidate.name().equals(operatorCode)) {
                operator = candidate;
            }
        }
        if (operator == null) {
            errors.put("operateur", "Opérateur : choisissez celui du porte-monnaie qui paie (T-Money ou Flooz).");
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(typedPhone);
            if (!phone.isMobile()) {
                errors.put("telephone", "Numéro qui paie : un numéro de mobile (+228 suivi de 8 chiffres).");
                phone = null;
            }
        } catch (IllegalArgumentException unreadable) {
            errors.put("telephone", "Numéro qui paie : " + unreadable.getMessage());
        }
        return operator == null || phone == null ? null : new Wallet(operator, phone);
    }

    /** A new payment's reference: MM-2026-XXXXXXXX. */
    public String newReference(Instant now) {
        return "MM-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + ReadableCodes.random(8);
    }

    /** The aggregator, if this server takes mobile payments (one configured, or demo mode). */
    public Optional<PaymentGateway> gateway() {
        return gateways.current();
    }

    /**
     * Stores the payment and asks the aggregator to charge it.
     *
     * @throws PaymentGatewayException when the aggregator cannot be reached or refuses
     */
    public void charge(PaymentGateway gateway, MobilePayment payment, String description) {
        em.persist(payment);
        payment.startedAs(gateway.start(new PaymentGateway.Charge(
                payment.getReference(),
                payment.getOperator(),
                payment.getPhone(),
                payment.getAmount(),
                description,
                gateways.notificationAddress())));
    }
}
