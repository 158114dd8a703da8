/**
 * What notification needs from contexts above it, as interfaces they implement: who administers
 * the portal (identity).
 */
package tg.cnss.eservices.notification.spi;
