/**
 * What a kind of request plugs into: {@link tg.cnss.eservices.request.spi.RequestKind}, implemented
 * by one CDI bean per kind in the context that owns its business, and the value types it uses.
 * {@code request} and {@code worklist} iterate over the registered kinds
 * ({@link tg.cnss.eservices.request.boundary.RequestKinds}) and never switch on one.
 */
package tg.cnss.eservices.request.spi;
