package tg.cnss.eservices.payment.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A payment by bank as the employer reports it: into which CNSS bank account, by transfer or
 * deposit, on which day, how much, under which reference of the bank (the proof is a file).
 */
public record BankNoticeForm(String bankCode, boolean deposit, LocalDate paidOn, Long amount, String bankReference)
        implements Serializable {}
