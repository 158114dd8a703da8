/**
 * Payment and quitus rules and their machinery: the bank notice and quitus request kinds, bank
 * statements read and matched, the mobile-money gateways and the signature of their notifications,
 * receipts, whether an employer may have a quitus social (each condition explained) and its
 * revocation when he falls into arrears.
 */
package tg.cnss.eservices.payment.control;
