package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import tg.cnss.eservices.document.boundary.CertificateCheck;
import tg.cnss.eservices.document.boundary.CertificateVerifications;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.payment.boundary.EmployerRegularity;
import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * Scope {@code verification}, for public buyers and banks: is a quitus or an attestation of the
 * CNSS genuine and in force, and is an employer up to date with its obligations. Only what a buyer
 * needs: state, holder's name and number, dates.
 */
@Path("/v1/verification")
@Tag(name = "Vérification")
@RequiresScope(PartnerScope.VERIFICATION)
@SecurityRequirement(name = "jeton", scopes = "verification")
@ApplicationScoped
public class VerificationResource {

    /** What the API says of a certificate. */
    @Schema(name = "VerificationDocument", description = "État d'un quitus ou d'une attestation de la CNSS.")
    public record DocumentCheck(
            @Schema(
                    description = "VALIDE, EXPIRE ou REVOQUE.",
                    enumeration = {"VALIDE", "EXPIRE", "REVOQUE"})
            String etat,

            @Schema(description = "Nature du document.", example = "Quitus social")
            String nature,

            @Schema(description = "Référence imprimée sur le document.", example = "QS-2026-000123")
            String reference,

            @Schema(description = "Nom ou raison sociale du titulaire.", example = "SOCIÉTÉ DÉMO SARL")
            String titulaire,

            @Schema(description = "Numéro CNSS du titulaire.", example = "E-00000001-97")
            String numeroTitulaire,

            @Schema(description = "Date de délivrance.") LocalDate delivreLe,
            @Schema(description = "Début de validité.") LocalDate valideDu,
            @Schema(description = "Fin de validité.") LocalDate valideJusquau,

            @Schema(description = "Date de révocation, le cas échéant.")
            LocalDate revoqueLe) {}

    /** Whether an employer is up to date today. */
    @Schema(name = "Regularite", description = "Situation d'un employeur au regard de ses obligations.")
    public record RegularityCheck(
            @Schema(description = "Numéro d'employeur.", example = "E-00000001-97")
            String numeroEmployeur,

            @Schema(description = "Raison sociale.", example = "SOCIÉTÉ DÉMO SARL")
            String raisonSociale,

            @Schema(description = "À jour de ses obligations (déclarations et paiements) à la date indiquée.")
            boolean aJour,

            @Schema(description = "Date à laquelle la situation est donnée.")
            LocalDate date) {}

    @Inject
    CertificateVerifications certificates;

    @Inject
    EmployerRegularity regularity;

    @GET
    @Path("/documents/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Vérifier un quitus ou une attestation",
            description = "Avec la référence et le code imprimés sur le document (ceux du QR code). Une référence"
                    + " inconnue et un code faux reçoivent la même réponse 404 : l'API ne dit pas lequel des deux est"
                    + " faux.")
    @APIResponse(
            responseCode = "200",
            description = "Le document existe ; son état est dans « etat ».",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentCheck.class),
                            examples =
                                    @ExampleObject(
                                            name = "valide",
                                            value =
                                                    "{\"etat\":\"VALIDE\",\"nature\":\"Quitus social\",\"reference\":\"QS-2026-000123\","
                                                            + "\"titulaire\":\"SOCIÉTÉ DÉMO SARL\",\"numeroTitulaire\":\"E-00000001-97\","
                                                            + "\"delivreLe\":\"2026-11-02\",\"valideDu\":\"2026-11-02\","
                                                            + "\"valideJusquau\":\"2027-02-01\"}")))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "404", ref = "Introuvable")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response document(
            @Parameter(description = "Référence du document.", example = "QS-2026-000123") @PathParam("reference")
                    String reference,
            @Parameter(
                            description = "Code de vérification imprimé sur le document.",
                            required = true,
                            example = "7KQ4-M2XD")
                    @QueryParam("code")
                    String code) {
        if (code == null || code.isBlank()) {
            return Problems.of(ProblemType.INVALID_REQUEST
                    .with("Le paramètre code est requis.")
                    .withErrors(
                            java.util.List.of(new ApiProblem.FieldError("code", "Code de vérification manquant."))));
        }
        CertificateCheck check = certificates.check(reference, code);
        if (!check.known()) {
            return Problems.of(ProblemType.NOT_FOUND, "Aucun document de la CNSS avec cette référence et ce code.");
        }
        return Response.ok(new DocumentCheck(
                        stateOf(check.state()),
                        check.kindLabel(),
                        check.reference(),
                        check.holderName(),
                        check.holderNumber(),
                        check.issuedOn(),
                        check.validFrom(),
                        check.validUntil(),
                        check.revokedOn()))
                .build();
    }

    @GET
    @Path("/employeurs/{numero}/regularite")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Un employeur est-il à jour de ses obligations ?",
            description = "Oui ou non, à la date du jour : travailleurs immatriculés, déclarations de cotisation et DNR"
                    + " déposées, rien d'impayé (majorations comprises). Rien des montants ni des périodes.")
    @APIResponse(
            responseCode = "200",
            description = "La situation du jour.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegularityCheck.class),
                            examples =
                                    @ExampleObject(
                                            name = "a-jour",
                                            value =
                                                    "{\"numeroEmployeur\":\"E-00000001-97\",\"raisonSociale\":\"SOCIÉTÉ DÉMO SARL\","
                                                            + "\"aJour\":true,\"date\":\"2026-12-03\"}")))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "404", ref = "Introuvable")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response regularity(
            @Parameter(description = "Numéro d'employeur, avec ou sans tirets.", example = "E-00000001-97")
                    @PathParam("numero")
                    String number) {
        EmployerNumber employer;
        try {
            employer = EmployerNumber.parse(number);
        } catch (InvalidNumberException wrong) {
            return Problems.of(ProblemType.INVALID_REQUEST
                    .with(wrong.getMessage())
                    .withErrors(java.util.List.of(new ApiProblem.FieldError("numero", wrong.getMessage()))));
        }
        return regularity
                .of(employer)
                .map(found -> Response.ok(new RegularityCheck(
                                found.employerNumber(), found.employerName(), found.upToDate(), found.on()))
                        .build())
                .orElseGet(() -> Problems.of(ProblemType.NOT_FOUND, "Aucun employeur immatriculé sous ce numéro."));
    }

    private static String stateOf(CertificateCheck.State state) {
        return switch (state) {
            case VALID -> "VALIDE";
            case EXPIRED -> "EXPIRE";
            case REVOKED -> "REVOQUE";
            case UNKNOWN -> throw new IllegalArgumentException("inconnu");
        };
    }
}
