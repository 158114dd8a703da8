package tg.cnss.eservices.account.control;

import java.time.Instant;

/**
 * A line was posted to an employer's contributor account (canonical number), in the transaction
 * still running: for what depends on the account being up to date (a quitus in force).
 */
public record LedgerPosted(String employerNumber, Instant at) {}
