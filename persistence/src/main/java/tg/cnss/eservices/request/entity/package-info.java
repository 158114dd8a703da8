/**
 * Request: the common life of every request of an employer or insured person — public reference,
 * status, history, messages, attachments. A request stores its kind's code and its form as JSON;
 * what a kind means lives in its plug-in ({@code tg.cnss.eservices.request.spi.RequestKind}).
 */
package tg.cnss.eservices.request.entity;
