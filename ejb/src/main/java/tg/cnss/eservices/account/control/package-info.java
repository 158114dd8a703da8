/**
 * Account rules and postings: late-payment surcharges (CSS art. 17) and the contributor ledger,
 * whose lines are only ever added.
 */
package tg.cnss.eservices.account.control;
