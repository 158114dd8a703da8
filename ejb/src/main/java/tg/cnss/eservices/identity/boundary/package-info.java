/**
 * Identity entry points: sign-in with lockout and audit, the caller's own account.
 */
package tg.cnss.eservices.identity.boundary;
