/**
 * Request: the common life of every request of an employer or insured person — public reference,
 * status, history, messages — and each kind's form (claims today).
 */
package tg.cnss.eservices.request.entity;
