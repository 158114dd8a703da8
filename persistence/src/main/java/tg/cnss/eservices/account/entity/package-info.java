/**
 * Account: the contributor account of each employer (its balance under optimistic locking, and a
 * ledger whose lines are never edited — a correction is a new line) and, next, the individual
 * account of each insured person.
 */
package tg.cnss.eservices.account.entity;
