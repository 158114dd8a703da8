package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.payment.boundary.PaymentStatuses;
import tg.cnss.eservices.platform.boundary.ProblemType;

/** Scope {@code paiements}: where a payment stands, by the reference the portal gave it. */
@Path("/v1/paiements")
@Tag(name = "Paiements")
@RequiresScope(PartnerScope.PAIEMENTS)
@SecurityRequirement(name = "jeton", scopes = "paiements")
@ApplicationScoped
public class PaymentStatusResource {

    /** A payment's state. */
    @Schema(name = "EtatPaiement", description = "État d'un paiement.")
    public record PaymentState(
            @Schema(description = "Référence du paiement.", example = "PM-2026-000042")
            String reference,

            @Schema(
                    description = "EN_ATTENTE, RECU ou ECHOUE.",
                    enumeration = {"EN_ATTENTE", "RECU", "ECHOUE"})
            String etat,

            @Schema(description = "L'état en clair.", example = "Reçu par la CNSS")
            String libelle,

            @Schema(description = "Montant en francs CFA (entier).", example = "43000")
            long montant,

            @Schema(description = "Jour où la CNSS a reçu l'argent, une fois reçu.")
            LocalDate recuLe) {}

    @Inject
    PaymentStatuses payments;

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "État d'un paiement", description = "Par la référence que le portail a donnée au paiement.")
    @APIResponse(
            responseCode = "200",
            description = "Le paiement et son état.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentState.class),
                            examples =
                                    @ExampleObject(
                                            name = "recu",
                                            value =
                                                    "{\"reference\":\"PM-2026-000042\",\"etat\":\"RECU\",\"libelle\":\"Reçu par la"
                                                            + " CNSS\",\"montant\":43000,\"recuLe\":\"2026-12-02\"}")))
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "404", ref = "Introuvable")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response status(
            @Parameter(description = "Référence du paiement.", example = "PM-2026-000042") @PathParam("reference")
                    String reference) {
        return payments.of(reference)
                .map(found -> Response.ok(new PaymentState(
                                found.reference(), found.state(), found.label(), found.amount(), found.receivedOn()))
                        .build())
                .orElseGet(() -> Problems.of(ProblemType.NOT_FOUND, "Aucun paiement avec cette référence."));
    }
}
