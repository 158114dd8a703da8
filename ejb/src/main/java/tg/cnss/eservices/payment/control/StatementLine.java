package tg.cnss.eservices.payment.control;

import java.time.LocalDate;

/** A credit line of a bank statement: its row in the file, value date, amount (whole francs), label. */
public record StatementLine(int row, LocalDate valueDate, long amount, String label) {}
