package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.DeclarationChangedMeanwhileException;
import tg.cnss.eservices.declaration.boundary.DeclarationSummary;
import tg.cnss.eservices.declaration.boundary.DnrUploadStatus;
import tg.cnss.eservices.declaration.boundary.PayrollSoftwareFilings;
import tg.cnss.eservices.declaration.control.DnrJson;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * Scope {@code declarations}: a payroll software sends, for an employer who authorised it (employer
 * space, "Logiciel de paie"), the quarter's DNR — the {@code .xlsx} model or JSON — and gets the
 * report the employer would have got on the web page, from the same code; then the monthly
 * declaration. A small DNR is read during the call (200); a large one, or when the software prefers
 * ({@code Prefer: respond-async}), later: 202 and the address of its status.
 */
@Path("/v1/employeurs/{numero}")
@Tag(name = "Déclarations")
@RequiresScope(PartnerScope.DECLARATIONS)
@SecurityRequirement(name = "jeton", scopes = "declarations")
@ApplicationScoped
public class DeclarationsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Up to this size a DNR is read during the call; the model of a few thousand workers. */
    static final int READ_NOW_UP_TO_BYTES = 512 * 1024;

    @Inject
    PayrollSoftwareFilings filings;

    @Inject
    PartnerAccess access;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/dnr")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Envoyer la DNR du trimestre (fichier modèle .xlsx)",
            description =
                    "Le fichier modèle de la CNSS rempli (celui de « Envoyer un fichier D.N.R »), 10 Mo au plus."
                            + " Le rapport est celui de la page web : mêmes contrôles, mêmes cellules nommées. Un petit fichier est"
                            + " lu pendant l'appel (200) ; un gros, ou avec Prefer: respond-async, plus tard (202 et Location).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = XLSX,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(responseCode = "200", ref = "DnrLue")
    @APIResponse(responseCode = "202", ref = "DnrEnCours")
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "422", ref = "DonneesRefusees")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response sendWorkbook(
            @Parameter(description = "N° employeur.", example = "E-10000001-61") @PathParam("numero") String number,
            @Parameter(description = "respond-async pour une lecture en arrière-plan quelle que soit la taille.")
                    @HeaderParam("Prefer")
                    String prefer,
            byte[] workbook) {
        return forEmployer(number, employer -> {
            boolean later = later(prefer, workbook == null ? 0 : workbook.length);
            return answered(
                    employer, filings.sendDnr(employer, actor(), "dnr-logiciel-de-paie.xlsx", workbook, later), later);
        });
    }

    @POST
    @Path("/dnr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Envoyer la DNR du trimestre (JSON)",
            description = "La même déclaration en JSON : elle remplit le fichier modèle, lu ensuite comme un fichier"
                    + " envoyé ; le rapport nomme donc les cellules du modèle (le premier travailleur est la ligne 9, le"
                    + " suivant la ligne 10…). Montants en francs entiers, dates AAAA-MM-JJ.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "dnr",
                                            value =
                                                    "{\"trimestre\":\"T3 2026\",\"totalSalaires\":1050000,\"travailleurs\":["
                                                            + "{\"numeroAssure\":\"1000000001-90\",\"nom\":\"AMEGAN\",\"prenoms\":\"Kossi\","
                                                            + "\"mois\":[{\"jours\":31,\"salaire\":350000},{\"jours\":31,\"salaire\":350000},"
                                                            + "{\"jours\":30,\"salaire\":350000}],\"dateSortie\":null}]}")))
    @APIResponse(responseCode = "200", ref = "DnrLue")
    @APIResponse(responseCode = "202", ref = "DnrEnCours")
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response sendJson(
            @Parameter(description = "N° employeur.", example = "E-10000001-61") @PathParam("numero") String number,
            @Parameter(description = "respond-async pour une lecture en arrière-plan.") @HeaderParam("Prefer")
                    String prefer,
            String body) {
        return forEmployer(number, employer -> {
            DnrJson.Declaration declaration;
            try {
                declaration = DnrJson.read(body);
            } catch (DnrJson.UnreadableException unreadable) {
                return Problems.of(ProblemType.INVALID_REQUEST
                        .with(unreadable.getMessage())
                        .withErrors(List.of(new ApiProblem.FieldError(unreadable.pointer(), unreadable.getMessage()))));
            }
            boolean later = later(prefer, body.length());
            return answered(employer, filings.sendDnr(employer, actor(), declaration, later), later);
        });
    }

    @GET
    @Path("/dnr/{jeton}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Où en est une DNR envoyée",
            description = "Par le jeton rendu à l'envoi ; le rapport une fois lue.")
    @APIResponse(
            responseCode = "200",
            description = "L'état de la lecture et, une fois terminée, le rapport.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DnrAnswer.class)))
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "404", ref = "Introuvable")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response status(
            @Parameter(description = "N° employeur.", example = "E-10000001-61") @PathParam("numero") String number,
            @Parameter(description = "Jeton de l'envoi.") @PathParam("jeton") String token) {
        return forEmployer(
                number,
                employer -> filings.dnrStatus(employer, token)
                        .map(status -> Response.ok(DnrAnswer.of(status)).build())
                        .orElseGet(() -> Problems.of(
                                ProblemType.NOT_FOUND, "Aucun envoi de DNR de cet employeur sous ce jeton.")));
    }

    @POST
    @Path("/declarations-mensuelles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Déclarer les cotisations du mois",
            description =
                    "Effectif et masse salariale du mois ; les cotisations sont calculées aux taux du mois, comme sur"
                            + " la page « Déclaration de Cotisation ». revisionConnue : la révision du mois que le logiciel a vue (0"
                            + " si le mois n'est pas encore déclaré) ; une déclaration faite entre-temps est protégée (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "mois",
                                            value =
                                                    "{\"mois\":\"2026-11\",\"effectif\":2,\"masseSalariale\":570000,\"revisionConnue\":0}")))
    @APIResponse(
            responseCode = "201",
            description = "Déclaration enregistrée, le compte cotisant débité.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MonthAnswer.class)))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "NonAuthentifie")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(
            responseCode = "409",
            description =
                    "Le mois a été déclaré entre-temps (révision différente de revisionConnue) : rien n'est écrit.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "Probleme"),
                            examples =
                                    @ExampleObject(
                                            name = "conflit",
                                            value =
                                                    "{\"type\":\"/api/docs#probleme-conflit\",\"title\":\"Conflit avec l'état"
                                                            + " actuel\",\"status\":409,\"detail\":\"Le mois de novembre 2026 a été"
                                                            + " déclaré entre-temps (référence DC-202611-E1000000161) : vérifiez la"
                                                            + " déclaration enregistrée avant d'en envoyer une nouvelle.\"}")))
    @APIResponse(responseCode = "422", ref = "DonneesRefusees")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response declareMonth(
            @Parameter(description = "N° employeur.", example = "E-10000001-61") @PathParam("numero") String number,
            String body) {
        return forEmployer(number, employer -> {
            JsonObject month;
            YearMonth period;
            try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
                month = reader.readObject();
                period = YearMonth.parse(month.getString("mois"));
            } catch (JsonException
                    | IllegalStateException
                    | ClassCastException
                    | NullPointerException
                    | DateTimeParseException unreadable) {
                return Problems.of(
                        ProblemType.INVALID_REQUEST,
                        "Corps illisible : JSON attendu avec mois (AAAA-MM), effectif, masseSalariale et revisionConnue.");
            }
            Optional<Long> workers = whole(month, "effectif");
            Optional<Long> payroll = whole(month, "masseSalariale");
            Optional<Long> seen = whole(month, "revisionConnue");
            if (workers.isEmpty()
                    || payroll.isEmpty()
                    || seen.isEmpty()
                    || workers.get() < 0
                    || workers.get() > 1_000_000
                    || payroll.get() < 0
                    || seen.get() < 0) {
                return Problems.of(
                        ProblemType.INVALID_REQUEST,
                        "effectif (0 à 1 000 000), masseSalariale (francs, entier positif) et revisionConnue (0 si le mois"
                                + " n'est pas encore déclaré) sont attendus.");
            }
            try {
                DeclarationSummary declared = filings.declareMonth(
                        employer,
                        actor(),
                        new ContributionDeclarationForm(
                                period.getMonthValue(),
                                period.getYear(),
                                workers.get().intValue(),
                                payroll.get()),
                        seen.get().intValue());
                return Response.status(Response.Status.CREATED)
                        .entity(MonthAnswer.of(declared))
                        .build();
            } catch (DeclarationChangedMeanwhileException changed) {
                return Problems.of(ProblemType.CONFLICT, changed.getMessage());
            }
        });
    }

    /**
     * The call for an employer: his number readable, and his mandate to this software in force; the
     * refusals of the forms (a month not begun…) as 422 with their fields.
     */
    private Response forEmployer(String number, Function<EmployerNumber, Response> call) {
        EmployerNumber employer;
        try {
            employer = EmployerNumber.parse(number);
        } catch (InvalidNumberException wrong) {
            return Problems.of(ProblemType.INVALID_REQUEST, "N° employeur : " + wrong.getMessage());
        }
        if (!access.actsFor(caller().clientId(), employer.canonical())) {
            return Problems.of(
                    ProblemType.MANDATE_MISSING,
                    "L'employeur " + employer + " n'a pas autorisé ce logiciel de paie (espace employeur, « Logiciel de"
                            + " paie ») ou a retiré son autorisation.");
        }
        try {
            return call.apply(employer);
        } catch (InvalidFormException refused) {
            return Problems.of(ProblemType.UNPROCESSABLE
                    .with(String.join(" ", refused.errors().values()))
                    .withErrors(refused.errors().entrySet().stream()
                            .map(field -> new ApiProblem.FieldError(field.getKey(), field.getValue()))
                            .toList()));
        }
    }

    private Response answered(EmployerNumber employer, DnrUploadStatus sent, boolean later) {
        // relative to the API's base: JAX-RS makes it absolute
        URI location = URI.create("v1/employeurs/" + employer.display() + "/dnr/" + sent.token());
        if (later) {
            return Response.accepted(DnrAnswer.of(sent)).location(location).build();
        }
        DnrUploadStatus read = filings.readNow(employer, sent.token()).orElseThrow();
        return Response.ok(DnrAnswer.of(read)).location(location).build();
    }

    private static boolean later(String prefer, int size) {
        return size > READ_NOW_UP_TO_BYTES
                || (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async"));
    }

    private static Optional<Long> whole(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber number && number.isIntegral()
                ? Optional.of(number.longValue())
                : Optional.empty();
    }

    private PartnerAccess.PartnerCaller caller() {
        return (PartnerAccess.PartnerCaller) request.getAttribute(PartnerCallFilter.CALLER);
    }

    private String actor() {
        return caller().actor();
    }
}
