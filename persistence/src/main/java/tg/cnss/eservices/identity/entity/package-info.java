/**
 * Identity: the accounts of the online services (employers, insured persons, CNSS agents,
 * administrators), their roles and their protection against password guessing. Sign-up with a
 * verification code, password reset and profile changes build on these entities.
 */
package tg.cnss.eservices.identity.entity;
