package tg.cnss.eservices.payment.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * {@code POST /api/v1/paiements/notifications}: the mobile-money aggregator says how a payment
 * ended. The body is read as sent (its signature covers its exact bytes). Two identical
 * notifications arriving together: the second waits for the first, then finds its answer.
 */
@Path("/v1/paiements/notifications")
@AuditedElsewhere
public class PaymentNotificationsResource {

    @Inject
    PaymentNotifications notifications;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public Response receive(
            @HeaderParam(NotificationSignature.HEADER) String signature,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body) {
        ApiAnswer answer;
        try {
            answer = notifications.receive(signature, idempotencyKey, body, request.getRemoteAddr());
        } catch (EJBException | PersistenceException concurrent) {
            // the same key stored meanwhile by a twin request: its answer is now there
            answer = notifications.receive(signature, idempotencyKey, body, request.getRemoteAddr());
        }
        return Response.status(answer.status())
                .type(answer.mediaType() + ";charset=utf-8")
                .entity(answer.json())
                .build();
    }
}
