/**
 * Payment and quitus rules: whether an employer may have a quitus social, each condition explained
 * (the payment flow and the quitus request build on it).
 */
package tg.cnss.eservices.payment.control;
