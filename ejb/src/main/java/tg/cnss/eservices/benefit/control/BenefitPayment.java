package tg.cnss.eservices.benefit.control;

import java.io.Serializable;

/**
 * Where a benefit is paid: a bank account (the bank and the RIB) or a mobile-money wallet (the
 * operator and the number), as the requester gave it and the agent checks it.
 *
 * @param channel {@code BANK} or {@code MOBILE}
 */
public record BenefitPayment(String channel, String institution, String account) implements Serializable {

    public static final String BANK = "BANK";
    public static final String MOBILE = "MOBILE";

    public String channelLabel() {
        return BANK.equals(channel) ? "Virement bancaire" : "Mobile money";
    }
}
