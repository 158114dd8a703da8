/**
 * What identity needs from contexts above it, as interfaces they implement: the departments staff
 * belong to (worklist).
 */
package tg.cnss.eservices.identity.spi;
