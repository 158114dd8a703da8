/**
 * Platform entry points: schema migrations at start-up, the audit log, demo data.
 */
package tg.cnss.eservices.platform.boundary;
