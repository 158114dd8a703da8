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
import tg.cnss.eservices.payment.boundary.BankTransferNotifications;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * {@code POST /api/v1/paiements/virements}: a bank tells the CNSS that a transfer reached the
 * account it keeps for the fund. Its token (scope {@code paiements}), the body signed with its
 * signing key, an idempotency key; the body read as sent (the signature covers its exact bytes).
 */
@Path("/v1/paiements/virements")
@AuditedElsewhere
public class BankTransfersResource {

    private static final String ENDPOINT = "POST /api/v1/paiements/virements";

    @Inject
    BankTransferNotifications transfers;

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
    @SecurityRequirement(name = "jeton", scopes = "paiements")
    @Operation(
            summary = "Notifier un virement reçu sur le compte de la CNSS",
            description = "La banque qui tient un compte de la CNSS notifie chaque virement reçu, comme une ligne de"
                    + " relevé. Le corps est signé : X-Signature: sha256=<hex>, HMAC-SHA256 du corps exact avec la clé de"
                    + " signature du client. Le virement est rapproché de l'avis de paiement qu'il règle (même montant,"
                    + " référence bancaire ou numéro d'employeur dans le libellé : « COTISATIONS E-12345678-89 ») ; sinon"
                    + " il devient une demande « Virement non rapproché » pour le service Recouvrement. Idempotent : la"
                    + " même Idempotency-Key et le même corps reçoivent la même réponse ; une transaction ne se notifie"
                    + " qu'une fois (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "virement",
                                            value = "{\"transactionId\":\"BTCI-20261202-000184\",\"amount\":250000,"
                                                    + "\"valueDate\":\"2026-12-02\",\"label\":\"VIR COTISATIONS E-12345678-89\","
                                                    + "\"payerName\":\"SOCIETE EXEMPLE SARL\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Virement enregistré : rapproché d'un avis de paiement (statut RAPPROCHE, avis) ou confié au"
                    + " service Recouvrement (statut A_IDENTIFIER, demande).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(
                                        name = "rapproche",
                                        value = "{\"transactionId\":\"BTCI-20261202-000184\",\"montant\":250000,"
                                                + "\"statut\":\"RAPPROCHE\",\"avis\":\"AP-2026-000031\"}"),
                                @ExampleObject(
                                        name = "a-identifier",
                                        value = "{\"transactionId\":\"BTCI-20261202-000185\",\"montant\":90000,"
                                                + "\"statut\":\"A_IDENTIFIER\",\"demande\":\"VR-2026-000004\"}")
                            }))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(
            responseCode = "409",
            description = "Cette transaction a déjà été notifiée sous une autre clé d'idempotence.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Probleme"),
                            examples =
                                    @ExampleObject(
                                            name = "conflit",
                                            value =
                                                    "{\"type\":\"/api/docs#probleme-conflit\",\"title\":\"Conflit avec l'état"
                                                            + " actuel\",\"status\":409,\"detail\":\"Virement BTCI-20261202-000184 déjà"
                                                            + " notifié (sous une autre Idempotency-Key).\"}")))
    @APIResponse(
            responseCode = "422",
            description =
                    "Montant, date de valeur ou libellé refusés, ou clé d'idempotence déjà utilisée pour un autre corps.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Probleme"),
                            examples =
                                    @ExampleObject(
                                            name = "donnees-refusees",
                                            value =
                                                    "{\"type\":\"/api/docs#probleme-donnees-refusees\",\"title\":\"Données"
                                                            + " refusées\",\"status\":422,\"detail\":\"valueDate : une date de valeur à"
                                                            + " venir ne se notifie pas encore.\"}")))
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response receive(
            @Parameter(description = "sha256=<hex> : HMAC-SHA256 du corps.", required = true)
                    @HeaderParam(NotificationSignature.HEADER)
                    String signature,
            @Parameter(description = "Clé d'idempotence choisie par la banque (1 à 100 caractères).", required = true)
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Parameter(description = "Bearer <jeton> (portée paiements).", required = true)
                    @HeaderParam("Authorization")
                    String authorization,
            String body) {
        Answer<PartnerCaller> caller = calls.authenticate(authorization, PartnerScope.PAIEMENTS);
        if (caller.refused()) {
            calls.recordCall(
                    "anonyme",
                    request.getRemoteAddr(),
                    ENDPOINT,
                    caller.problem().status());
            return Problems.of(caller.problem());
        }
        PartnerCaller bank = caller.value();
        return Problems.answered(() -> transfers.receive(
                bank.clientId(),
                bank.actor(),
                access.bankOf(bank.clientId()),
                access.signingKeysOf(bank.clientId()),
                signature,
                idempotencyKey,
                body,
                request.getRemoteAddr()));
    }
}
