package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** "Demande de pension" as typed: the pension (a {@code PensionType} name), from when, when work stopped, where to pay. */
public record PensionClaimForm(String type, LocalDate startDate, LocalDate stoppedWorkOn, BenefitPaymentForm payment)
        implements Serializable {}
