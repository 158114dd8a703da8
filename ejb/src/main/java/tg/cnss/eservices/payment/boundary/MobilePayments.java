package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.payment.control.MobileCharges;
import tg.cnss.eservices.payment.control.PaymentGateway;
import tg.cnss.eservices.payment.control.PaymentGatewayException;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;

/**
 * "Paiement mobile" (T-Money, Flooz): the employer gives the paying number and the amount; the
 * aggregator asks the payer to confirm on his phone; the status page follows the payment until the
 * aggregator's notification settles it ({@link PaymentNotifications}).
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class MobilePayments {

    private static final long MAX_AMOUNT = 10_000_000L;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    MobileCharges charges;

    @Inject
    Clock clock;

    /** Whether this server can take mobile payments (an aggregator configured, or demo mode). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOpen() {
        return charges.gateway().isPresent();
    }

    /**
     * Starts a payment, or answers the one already started from the same form (double click,
     * reload). Refused field by field, or as a whole when the aggregator cannot take it.
     */
    public MobilePaymentView start(@NotNull MobilePaymentForm form) {
        EmployerNumber employer = myNumber();
        Optional<MobilePayment> started = charges.startedWith(form.formToken());
        if (started.isPresent()) {
            if (!employer.canonical().equals(started.get().getEmployerNumber())) {
                throw new IllegalArgumentException("Jeton de formulaire d'un autre employeur");
            }
            return viewOf(started.get());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        MobileCharges.Wallet wallet = charges.wallet(form.operator(), form.phone(), errors);
        if (form.amount() == null || form.amount() <= 0 || form.amount() > MAX_AMOUNT) {
            errors.put(
                    "montantMobile",
                    "Montant : en francs CFA, sans espace ni décimale, au plus "
                            + Francs.of(MAX_AMOUNT).display() + " par paiement mobile.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        PaymentGateway gateway = charges.gateway()
                .orElseThrow(() -> new MobilePaymentRefusedException(
                        "Le paiement mobile n'est pas encore ouvert : payez par virement ou dépôt bancaire."));
        Instant now = clock.instant();
        MobilePayment payment = new MobilePayment(
                charges.newReference(now),
                employer.canonical(),
                wallet.operator(),
                wallet.phone().e164(),
                form.amount(),
                form.formToken(),
                session.getCallerPrincipal().getName(),
                now);
        try {
            charges.charge(gateway, payment, "Cotisations CNSS " + employer.display());
        } catch (PaymentGatewayException refused) {
            throw new MobilePaymentRefusedException(refused.getMessage());
        }
        return viewOf(payment);
    }

    /** One of the caller's mobile payments. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MobilePaymentView> find(String reference) {
        return em.createQuery(
                        "SELECT p FROM MobilePayment p WHERE p.reference = :reference AND p.employerNumber = :employer",
                        MobilePayment.class)
                .setParameter("reference", reference)
                .setParameter("employer", myNumber().canonical())
                .getResultStream()
                .findFirst()
                .map(MobilePayments::viewOf);
    }

    /** The caller's mobile payments, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MobilePaymentView> mine() {
        return em.createQuery(
                        "SELECT p FROM MobilePayment p WHERE p.employerNumber = :employer ORDER BY p.requestedAt DESC",
                        MobilePayment.class)
                .setParameter("employer", myNumber().canonical())
                .setMaxResults(50)
                .getResultStream()
                .map(MobilePayments::viewOf)
                .toList();
    }

    static MobilePaymentView viewOf(MobilePayment payment) {
        return new MobilePaymentView(
                payment.getReference(),
                payment.getOperator().label(),
                PhoneNumber.parse(payment.getPhone()).display(),
                Francs.of(payment.getAmount()),
                payment.getStatus().name(),
                payment.getStatus().label(),
                payment.getRequestedAt(),
                payment.getReceivedOn(),
                payment.getFailureReason());
    }

    private EmployerNumber myNumber() {
        return callerEmployer.of(session.getCallerPrincipal().getName());
    }
}
