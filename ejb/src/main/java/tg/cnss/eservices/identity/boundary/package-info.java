/**
 * Identity entry points: sign-in with a second factor, lockout and audit; sign-up; password reset;
 * the caller's own account, profile and security settings; administrators' user management.
 */
package tg.cnss.eservices.identity.boundary;
