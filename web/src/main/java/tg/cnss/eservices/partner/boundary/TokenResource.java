package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * {@code POST /api/v1/oauth/token}: OAuth 2 client credentials (RFC 6749 §4.4). The client's
 * identifier and secret come in the form or in {@code Authorization: Basic}; the answer is a
 * five-minute JWT to send as {@code Authorization: Bearer} on every other call.
 */
@Path("/v1/oauth/token")
@Tag(name = "Authentification")
@AuditedElsewhere
@ApplicationScoped
public class TokenResource {

    /** The access token answer (RFC 6749 §5.1). */
    @Schema(name = "Jeton", description = "Jeton d'accès délivré au client.")
    public record Token(
            @Schema(description = "Le jeton (JWT signé RS256) à envoyer dans l'en-tête Authorization: Bearer.")
            String access_token,

            @Schema(description = "Toujours Bearer.", example = "Bearer")
            String token_type,

            @Schema(description = "Durée de validité en secondes.", example = "300")
            long expires_in,

            @Schema(description = "Portées accordées, séparées par des espaces.", example = "verification")
            String scope) {}

    @Inject
    PartnerAccess access;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Obtenir un jeton d'accès",
            description = "Échange l'identifiant et le secret du client (remis par la CNSS) contre un jeton valable"
                    + " cinq minutes. Les identifiants vont dans le formulaire (client_id, client_secret) ou dans"
                    + " l'en-tête Authorization: Basic. Sans le paramètre scope, le jeton porte toutes les portées"
                    + " accordées au client.")
    @APIResponse(
            responseCode = "200",
            description = "Jeton délivré.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Token.class),
                            examples =
                                    @ExampleObject(
                                            name = "jeton",
                                            value =
                                                    "{\"access_token\":\"eyJraWQiOiJjbnNzLWFwaS0xIiwiYWxnIjoiUlMyNTYifQ.eyJ…\","
                                                            + "\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"verification\"}")))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "ClientRefuse")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    public Response token(
            @Parameter(description = "Toujours client_credentials.", example = "client_credentials")
                    @FormParam("grant_type")
                    String grantType,
            @Parameter(description = "Identifiant du client.", example = "cnss-4f1c2a9e0b7d3e5a11")
                    @FormParam("client_id")
                    String clientId,
            @Parameter(description = "Secret du client.") @FormParam("client_secret") String clientSecret,
            @Parameter(
                            description = "Portées voulues, séparées par des espaces (facultatif).",
                            example = "verification")
                    @FormParam("scope")
                    String scope,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = decodeBasic(authorization.substring(6).strip());
            if (basic != null) {
                id = basic[0];
                secret = basic[1];
            }
        }
        PartnerAccess.Answer<PartnerAccess.TokenGrant> answer =
                access.grant(grantType, id, secret, scope, request.getRemoteAddr());
        if (answer.refused()) {
            return Problems.of(answer.problem());
        }
        PartnerAccess.TokenGrant grant = answer.value();
        return Response.ok(new Token(grant.accessToken(), "Bearer", grant.expiresInSeconds(), grant.scope()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
