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
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.kernel.ReadableCodes;
import tg.cnss.eservices.payment.control.PaymentGateway;
import tg.cnss.eservices.payment.control.PaymentGatewayException;
import tg.cnss.eservices.payment.control.PaymentGateways;
import tg.cnss.eservices.payment.entity.MobileOperator;
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
    PaymentGateways gateways;

    @Inject
    Clock clock;

    /** Whether this server can take mobile payments (an aggregator configured, or demo mode). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOpen() {
        return gateways.current().isPresent();
    }

    /**
     * Starts a payment, or answers the one already started from the same form (double click,
     * reload). Refused field by field, or as a whole when the aggregator cannot take it.
     */
    public MobilePaymentView start(@NotNull MobilePaymentForm form) {
        if (form.formToken() == null
                || form.formToken().isBlank()
                || form.formToken().length() > 40) {
            throw new IllegalArgumentException("Jeton de formulaire absent");
        }
        Optional<MobilePayment> started = em.createQuery(
                        "SELECT p FROM MobilePayment p WHERE p.formToken = :token", MobilePayment.class)
                .setParameter("token", form.formToken())
                .getResultStream()
                .findFirst();
        EmployerNumber employer = myNumber();
        if (started.isPresent()) {
            if (!started.get().getEmployerNumber().equals(employer.canonical())) {
                throw new IllegalArgumentException("Jeton de formulaire d'un autre employeur");
            }
            return viewOf(started.get());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        MobileOperator operator = operatorOf(form.operator());
        if (operator == null) {
            errors.put("operateur", "Opérateur : choisissez celui du porte-monnaie qui paie (T-Money ou Flooz).");
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(form.phone());
            if (!phone.isMobile()) {
                errors.put("telephone", "Numéro qui paie : un numéro de mobile (+228 suivi de 8 chiffres).");
            }
        } catch (IllegalArgumentException unreadable) {
            errors.put("telephone", "Numéro qui paie : " + unreadable.getMessage());
        }
        if (form.amount() == null || form.amount() <= 0 || form.amount() > MAX_AMOUNT) {
            errors.put(
                    "montantMobile",
                    "Montant : en francs CFA, sans espace ni décimale, au plus "
                            + Francs.of(MAX_AMOUNT).display() + " par paiement mobile.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        PaymentGateway gateway = gateways.current()
                .orElseThrow(() -> new MobilePaymentRefusedException(
                        "Le paiement mobile n'est pas encore ouvert : payez par virement ou dépôt bancaire."));
        Instant now = clock.instant();
        MobilePayment payment = new MobilePayment(
                "MM-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + ReadableCodes.random(8),
                employer.canonical(),
                operator,
                phone.e164(),
                form.amount(),
                form.formToken(),
                session.getCallerPrincipal().getName(),
                now);
        em.persist(payment);
        try {
            payment.startedAs(gateway.start(new PaymentGateway.Charge(
                    payment.getReference(),
                    operator,
                    phone.e164(),
                    form.amount(),
                    "Cotisations CNSS " + employer.display(),
                    gateways.notificationAddress())));
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

    private static MobileOperator operatorOf(String code) {
        if (code == null) {
            return null;
        }
        for (MobileOperator operator : MobileOperator.values()) {
            if (operator.name().equals(code)) {
                return operator;
            }
        }
        return null;
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
