package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.util.Map;
import tg.cnss.eservices.benefit.control.BenefitPayment;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.payment.entity.MobileOperator;

/**
 * Where to pay a benefit, as typed: by bank transfer (bank, RIB) or to a mobile-money wallet
 * (operator, number).
 */
public record BenefitPaymentForm(String channel, String bank, String rib, String operator, String phone)
        implements Serializable {

    /** The payment as stored, or null with the errors said field by field. */
    public BenefitPayment read(Map<String, String> errors) {
        if (BenefitPayment.BANK.equals(channel)) {
            String bankName = bank == null ? "" : bank.strip();
            String account = rib == null ? "" : rib.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
            if (bankName.length() < 2 || bankName.length() > 80) {
                errors.put("banque", "Banque : le nom de votre banque (80 caractères au plus).");
            }
            if (!account.matches("[A-Z0-9]{10,34}")) {
                errors.put(
                        "rib",
                        "N° de compte (RIB) : de 10 à 34 lettres et chiffres, comme sur votre relevé d'identité"
                                + " bancaire.");
            }
            return errors.containsKey("banque") || errors.containsKey("rib")
                    ? null
                    : new BenefitPayment(BenefitPayment.BANK, bankName, account);
        }
        if (BenefitPayment.MOBILE.equals(channel)) {
            MobileOperator wallet = null;
            for (MobileOperator candidate : MobileOperator.values()) {
                if (candidate.name().equals(operator)) {
                    wallet = candidate;
                }
            }
            if (wallet == null) {
                errors.put("operateur", "Opérateur : choisissez celui de votre porte-monnaie (T-Money ou Flooz).");
            }
            PhoneNumber number = null;
            try {
                number = PhoneNumber.parse(phone);
                if (!number.isMobile()) {
                    errors.put("telephone", "N° de téléphone : un numéro de mobile (+228 suivi de 8 chiffres).");
                    number = null;
                }
            } catch (IllegalArgumentException unreadable) {
                errors.put("telephone", "N° de téléphone : " + unreadable.getMessage());
            }
            return wallet == null || number == null
                    ? null
                    : new BenefitPayment(BenefitPayment.MOBILE, wallet.label(), number.display());
        }
        errors.put("versement", "Mode de versement : choisissez le virement bancaire ou le mobile money.");
        return null;
    }
}
