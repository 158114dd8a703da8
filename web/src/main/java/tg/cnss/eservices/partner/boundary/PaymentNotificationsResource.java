package tg.cnss.eservices.partner.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.partner.boundary.PartnerAccess.PartnerCaller;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.payment.boundary.PaymentNotifications;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * {@code POST /api/v1/paiements/notifications}: how a payment ended, said by the mobile-money
 * aggregator (signed with the secret shared with the CNSS) or by a partner client of the API with
 * the scope {@code paiements} (its token, and the body signed with its own signing key). The body
 * is read as sent (the signature covers its exact bytes). Two identical notifications arriving
 * together: the second waits for the first, then finds its answer.
 */
@Path("/v1/paiements/notifications")
@AuditedElsewhere
public class PaymentNotificationsResource {

    @Inject
    PaymentNotifications notifications;

    @Inject
    PartnerCalls calls;

    @Inject
    PartnerAccess access;

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
                            + " avec la CNSS ; un client partenaire (portée paiements) envoie en plus son jeton et signe avec sa"
                            + " clé de signature (dérivée de son secret). Idempotent : la même Idempotency-Key et le même corps reçoivent la même réponse ;"
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
    @SecurityRequirement(name = "jeton", scopes = "paiements")
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    @APIResponse(
            responseCode = "401",
            description = "Signature absente ou invalide ; pour un client partenaire, aussi : jeton absent, invalide ou"
                    + " expiré, client révoqué.",
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
            @Parameter(
                            description = "Bearer <jeton> pour un client partenaire (portée paiements) ; absent pour"
                                    + " l'agrégateur de paiement mobile.")
                    @HeaderParam("Authorization")
                    String authorization,
            String body) {
        if (authorization != null) {
            Answer<PartnerCaller> caller = calls.authenticate(authorization, PartnerScope.PAIEMENTS);
            if (caller.refused()) {
                calls.recordCall(
                        "anonyme",
                        request.getRemoteAddr(),
                        "POST /api/v1/paiements/notifications",
                        caller.problem().status());
                return Problems.of(caller.problem());
            }
            PartnerCaller partner = caller.value();
            List<String> keys = access.signingKeysOf(partner.clientId());
            return Problems.answered(() -> notifications.receiveFromPartner(
                    partner.clientId(),
                    partner.actor(),
                    keys,
                    signature,
                    idempotencyKey,
                    body,
                    request.getRemoteAddr()));
        }
        return Problems.answered(() -> notifications.receive(signature, idempotencyKey, body, request.getRemoteAddr()));
    }
}
