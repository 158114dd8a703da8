/**
 * Platform: technical concerns every context relies on and no business context owns — the
 * security audit log, the counters of rate limits, file types of uploads.
 */
package tg.cnss.eservices.platform.entity;
