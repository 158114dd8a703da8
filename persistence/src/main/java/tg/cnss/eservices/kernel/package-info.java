/**
 * The shared kernel: value objects every context uses — {@link tg.cnss.eservices.kernel.EmailAddress},
 * {@link tg.cnss.eservices.kernel.PhoneNumber}, amounts in {@link tg.cnss.eservices.kernel.Francs},
 * declaration periods ({@link tg.cnss.eservices.kernel.Quarter}; a month is a
 * {@link java.time.YearMonth}) — and {@link tg.cnss.eservices.kernel.BusinessException}, the base of
 * every refusal explained to a user. It depends on nothing of the portal.
 */
package tg.cnss.eservices.kernel;
