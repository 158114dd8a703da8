package tg.cnss.eservices.payment.control;

import java.net.URI;
import tg.cnss.eservices.payment.entity.MobileOperator;

/**
 * A mobile-money aggregator: it asks the payer to confirm a payment on his phone, then tells the
 * portal the outcome by a signed notification on {@code /api/v1/paiements/notifications}.
 */
public interface PaymentGateway {

    /** A payment to ask the payer for: our reference, his operator and number (E.164), the amount in francs. */
    record Charge(
            String reference,
            MobileOperator operator,
            String phone,
            long amount,
            String description,
            URI notificationAddress) {}

    /**
     * Starts the payment; answers the aggregator's transaction id.
     *
     * @throws PaymentGatewayException when the aggregator cannot be reached or refuses
     */
    String start(Charge charge);
}
