package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * {@code GET /api/v1/disponibilite}: the API answers. For load balancers and partners' monitoring;
 * also the trivial endpoint the verification benchmark compares itself with.
 */
@Path("/v1/disponibilite")
@Tag(name = "Disponibilité")
@AuditedElsewhere
@ApplicationScoped
public class PingResource {

    /** The answer, always the same. */
    public record Availability(String statut) {}

    private static final Availability UP = new Availability("disponible");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "L'API répond-elle ?", description = "Sans authentification ; ne touche à aucune donnée.")
    @APIResponse(
            responseCode = "200",
            description = "L'API répond.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "disponible", value = "{\"statut\":\"disponible\"}")))
    public Availability ping() {
        return UP;
    }
}
