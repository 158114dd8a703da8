package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.payment.entity.MobilePaymentStatus;

/**
 * Where a payment stands, by its reference, for the banks and operators that carry it (partner
 * API, scope {@code paiements}): its state, amount and the day the money was received — not who
 * pays, which the partner already knows from its own side of the transaction.
 */
@Stateless
@PermitAll
public class PaymentStatuses {

    /** A payment's state as the API says it: EN_ATTENTE, RECU, ECHOUE. */
    public record PaymentStatus(String reference, String state, String label, long amount, LocalDate receivedOn) {}

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PaymentStatus> of(String reference) {
        return em.createQuery("SELECT p FROM MobilePayment p WHERE p.reference = :reference", MobilePayment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .map(payment -> new PaymentStatus(
                        payment.getReference(),
                        stateOf(payment.getStatus()),
                        payment.getStatus().label(),
                        payment.getAmount(),
                        payment.getReceivedOn()));
    }

    private static String stateOf(MobilePaymentStatus status) {
        return switch (status) {
            case PENDING -> "EN_ATTENTE";
            case CONFIRMED -> "RECU";
            case FAILED -> "ECHOUE";
        };
    }
}
