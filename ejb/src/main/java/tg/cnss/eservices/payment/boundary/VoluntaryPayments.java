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
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.VoluntaryContributions;
import tg.cnss.eservices.account.control.VoluntaryMemberships;
import tg.cnss.eservices.account.entity.VoluntaryContribution;
import tg.cnss.eservices.account.entity.VoluntaryMembership;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.payment.control.MobileCharges;
import tg.cnss.eservices.payment.control.PaymentGateway;
import tg.cnss.eservices.payment.control.PaymentGatewayException;
import tg.cnss.eservices.payment.control.PaymentReceiptPdf;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.InsuredCaller;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.CallerInsured;

/**
 * The voluntary insurance paid by its member himself, by mobile money — the employers' flow reused:
 * whole months, the oldest unpaid first then ahead; the aggregator's notification records the months
 * in the individual account ({@link PaymentNotifications}).
 */
@Stateless
@RolesAllowed("INSURED")
public class VoluntaryPayments {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredCaller caller;

    @Inject
    VoluntaryMemberships memberships;

    @Inject
    VoluntaryContributions contributions;

    @Inject
    MobileCharges charges;

    @Inject
    Clock clock;

    /** The member's payments; empty when no voluntary insurance is open. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VoluntaryPaymentSituation> situation() {
        InsuredNumber number = myNumber();
        return memberships
                .openOf(number)
                .map(membership -> new VoluntaryPaymentSituation(
                        Francs.of(membership.getMonthlyContribution()),
                        contributions.unpaid(number, currentMonth()),
                        contributions.paidOf(number).stream()
                                .map(paid -> new VoluntaryPaymentSituation.PaidMonth(
                                        paid.getPeriod(),
                                        Francs.of(paid.getAmount()),
                                        paid.getReceivedOn(),
                                        paid.getPaymentReference()))
                                .toList(),
                        paymentsOf(number),
                        charges.gateway().isPresent()));
    }

    /** Starts a payment of {@code months} contributions, or answers the one started from the same form. */
    public MobilePaymentView start(@NotNull VoluntaryPaymentForm form) {
        InsuredNumber number = myNumber();
        Optional<MobilePayment> started = charges.startedWith(form.formToken());
        if (started.isPresent()) {
            if (!number.canonical().equals(started.get().getInsuredNumber())) {
                throw new IllegalArgumentException("Jeton de formulaire d'un autre assuré");
            }
            return MobilePayments.viewOf(started.get());
        }
        VoluntaryMembership membership = memberships
                .openOf(number)
                .orElseThrow(() -> new InvalidFormException(
                        Map.of("mois", "Aucune assurance volontaire ouverte : rien à payer.")));
        Map<String, String> errors = new LinkedHashMap<>();
        MobileCharges.Wallet wallet = charges.wallet(form.operator(), form.phone(), errors);
        int most = VoluntaryContributions.MONTHS_AHEAD
                + contributions.unpaid(number, currentMonth()).size();
        if (form.months() == null || form.months() < 1 || form.months() > most) {
            errors.put(
                    "mois",
                    "Nombre de mois : de 1 à " + most + " (les mois dus, puis jusqu'à "
                            + VoluntaryContributions.MONTHS_AHEAD + " mois d'avance).");
        } else if (contributions
                        .nextToPay(number, currentMonth(), form.months())
                        .size()
                < form.months()) {
            errors.put("mois", "Nombre de mois : au plus " + VoluntaryContributions.MONTHS_AHEAD + " mois d'avance.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        PaymentGateway gateway = charges.gateway()
                .orElseThrow(() -> new MobilePaymentRefusedException(
                        "Le paiement mobile n'est pas encore ouvert : payez par virement ou dépôt bancaire."));
        Instant now = clock.instant();
        MobilePayment payment = MobilePayment.ofVoluntaryInsurance(
                charges.newReference(now),
                number.canonical(),
                wallet.operator(),
                wallet.phone().e164(),
                membership.getMonthlyContribution() * form.months(),
                form.formToken(),
                session.getCallerPrincipal().getName(),
                now);
        try {
            charges.charge(gateway, payment, "Assurance volontaire CNSS " + number.display());
        } catch (PaymentGatewayException refused) {
            throw new MobilePaymentRefusedException(refused.getMessage());
        }
        return MobilePayments.viewOf(payment);
    }

    /** The caller's voluntary-insurance payments, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MobilePaymentView> mine() {
        return paymentsOf(myNumber());
    }

    /** One of the caller's payments. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MobilePaymentView> find(String reference) {
        return paymentsOf(myNumber()).stream()
                .filter(payment -> payment.reference().equals(reference))
                .findFirst();
    }

    /** The receipt of one of the caller's payments received: the months it paid. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> receipt(String reference) {
        InsuredNumber number = myNumber();
        List<VoluntaryContribution> months = contributions.paidOf(number).stream()
                .filter(paid -> paid.getPaymentReference().equals(reference))
                .toList();
        return find(reference)
                .filter(payment -> payment.confirmed() && !months.isEmpty())
                .map(payment -> PaymentReceiptPdf.render(new PaymentReceiptPdf.Receipt(
                        PaymentReceiptPdf.Payer.VOLUNTARY_INSURED,
                        caller.fullName(session.getCallerPrincipal().getName()),
                        number.display(),
                        reference,
                        "Paiement mobile " + payment.operator() + " " + payment.phone(),
                        payment.amount(),
                        payment.receivedOn(),
                        months.get(0).getPostedAt(),
                        months.stream()
                                .map(paid -> MonthLabels.of(paid.getPeriod()))
                                .collect(java.util.stream.Collectors.joining(", ")))));
    }

    private List<MobilePaymentView> paymentsOf(InsuredNumber number) {
        return em.createQuery(
                        "SELECT p FROM MobilePayment p WHERE p.insuredNumber = :insured ORDER BY p.requestedAt DESC",
                        MobilePayment.class)
                .setParameter("insured", number.canonical())
                .setMaxResults(50)
                .getResultStream()
                .map(MobilePayments::viewOf)
                .toList();
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(Clocks.LOME));
    }

    private InsuredNumber myNumber() {
        return callerInsured.of(session.getCallerPrincipal().getName());
    }
}
