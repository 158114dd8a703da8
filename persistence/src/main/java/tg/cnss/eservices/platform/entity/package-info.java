/**
 * Platform: what every context relies on and no business context owns — the security audit log,
 * schema migrations, settings such as demo mode, error pages with incident numbers.
 */
package tg.cnss.eservices.platform.entity;
