package tg.cnss.eservices.payment.boundary;

import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * What "Paiement de Cotisation" shows first: what the employer owes (by period, surcharges
 * included), the reference to quote on the transfer or the deposit slip, and the CNSS accounts to
 * pay into.
 */
public record PaymentSituation(String paymentReference, Francs owed, List<DuePeriod> periods, List<Bank> banks) {

    public record DuePeriod(String periodLabel, Francs balance, String state) {}

    public record Bank(String code, String name, String accountNumber) {}
}
