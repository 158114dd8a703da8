/**
 * Registration: employer pre-registration (GE &amp; PME, domestic staff), worker registration, and
 * the registries of employers and insured persons with their numbers and check keys.
 */
package tg.cnss.eservices.registration.entity;
