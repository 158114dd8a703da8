/**
 * Platform entry points, technical only: schema migrations at start-up, the refusal to start in
 * production with demo settings, the audit log. Demo seeding lives in {@code demo}.
 */
package tg.cnss.eservices.platform.boundary;
