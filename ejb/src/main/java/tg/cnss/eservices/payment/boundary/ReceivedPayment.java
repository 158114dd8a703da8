package tg.cnss.eservices.payment.boundary;

import java.time.LocalDate;
import tg.cnss.eservices.kernel.Francs;

/** A payment the CNSS received, as the employer's list shows it (its receipt by {@code reference}). */
public record ReceivedPayment(String reference, String means, Francs amount, LocalDate receivedOn) {}
