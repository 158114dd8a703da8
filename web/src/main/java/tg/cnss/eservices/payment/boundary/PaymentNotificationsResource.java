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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Tag(name = "Paiements")
    @Operation(
            summary = "Notifier l'issue d'un paiement mobile",
            description =
                    "L'agrégateur de paiement mobile dit comment s'est terminé un paiement lancé depuis le portail."
                            + " Le corps est signé : X-Signature: sha256=<hex>, HMAC-SHA256 du corps exact avec le secret partagé"
                            + " avec la CNSS. Idempotent : la même Idempotency-Key et le même corps reçoivent la même réponse ;"
                            + " un autre corps sous la même clé est refusé (422). Un paiement ne se règle qu'une fois.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "succes",
                                            value =
                                                    "{\"transactionId\":\"TX-88213\",\"reference\":\"MM-2026-7KQ4M2XD\",\"status\":\"SUCCESS\","
                                                            + "\"amount\":43000,\"receivedAt\":\"2026-12-02T10:15:00Z\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Notification prise en compte (ou déjà prise en compte : même réponse).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "confirme",
                                            value = "{\"reference\":\"MM-2026-7KQ4M2XD\",\"statut\":\"CONFIRMED\"}")))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(
            responseCode = "401",
            description = "Signature absente ou invalide.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Probleme"),
                            examples =
                                    @ExampleObject(
                                            name = "signature-invalide",
                                            value =
                                                    "{\"type\":\"/api/docs#probleme-signature-invalide\",\"title\":\"Signature invalide\","
                                                            + "\"status\":401,\"detail\":\"Signature absente ou invalide (en-tête X-Signature).\"}")))
    @APIResponse(
            responseCode = "422",
            description = "Paiement inconnu, montant différent, issue contraire à une notification précédente, ou clé"
                    + " d'idempotence déjà utilisée pour un autre corps.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Probleme"),
                            examples =
                                    @ExampleObject(
                                            name = "donnees-refusees",
                                            value =
                                                    "{\"type\":\"/api/docs#probleme-donnees-refusees\",\"title\":\"Données refusées\","
                                                            + "\"status\":422,\"detail\":\"Montant différent du paiement demandé (43000 francs).\"}")))
    public Response receive(
            @Parameter(description = "sha256=<hex> : HMAC-SHA256 du corps.", required = true)
                    @HeaderParam(NotificationSignature.HEADER)
                    String signature,
            @Parameter(description = "Clé d'idempotence choisie par l'émetteur (1 à 100 caractères).", required = true)
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
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
