/**
 * Identity: the accounts of the online services (employers, insured persons, CNSS agents,
 * administrators), their roles, second factors and one-time codes, pending sign-ups and password
 * resets, and their protection against password guessing.
 */
package tg.cnss.eservices.identity.entity;
