/** Ports of the registry implemented by other contexts (the caller's employer, from identity). */
package tg.cnss.eservices.registration.spi;
