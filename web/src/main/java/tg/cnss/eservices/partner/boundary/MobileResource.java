package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tg.cnss.eservices.account.boundary.ContributorAccounts;
import tg.cnss.eservices.account.boundary.IndividualAccounts;
import tg.cnss.eservices.identity.boundary.AccountView;
import tg.cnss.eservices.identity.boundary.Accounts;
import tg.cnss.eservices.identity.boundary.MobileSignIns;
import tg.cnss.eservices.identity.boundary.MobileSignIns.MobileUser;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.notification.boundary.Inbox;
import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.request.boundary.Requests;

/**
 * Scope {@code mobile}: the CNSS mobile application (manual, "Utiliser l'application mobile"). The
 * application, with its own client token, signs an employer or an insured person in — the
 * portal's password and second factor — and receives a 15-minute access token and a refresh
 * token; with the access token it reads what the portal shows him, from the portal's own services
 * run as him: his dashboard's facts, his requests, his notices, his individual or contributor
 * account. Closing the device on "Sécurité du compte" refuses its tokens at once.
 */
@Path("/v1/mobile")
@Tag(name = "Application mobile")
@ApplicationScoped
public class MobileResource {

    private static final int NOTICES = 50;

    @Inject
    MobileAccess access;

    @Inject
    MobileSignIns signIns;

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    @Inject
    Inbox inbox;

    @Inject
    IndividualAccounts individualAccounts;

    @Inject
    ContributorAccounts contributorAccounts;

    @Inject
    PartnerCalls calls;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/connexion")
    @RequiresScope(PartnerScope.MOBILE)
    @SecurityRequirement(name = "jeton", scopes = "mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Connecter un utilisateur (mot de passe)",
            description =
                    "Avec le jeton client de l'application. Identifiant (e-mail ou identifiant de l'ancien site) et"
                            + " mot de passe du portail ; si le compte a un second facteur, la réponse demande le code"
                            + " (etape SECOND_FACTEUR) : l'envoyer à /v1/mobile/connexion/code avec jetonEtape.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "connexion",
                                            value = "{\"identifiant\":\"employeur@demo.cnss.tg\",\"motDePasse\":\"…\","
                                                    + "\"appareil\":\"Téléphone de Kossi\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Connecté (jetons) ou second facteur demandé.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(
                                        name = "connecte",
                                        value =
                                                "{\"etape\":\"CONNECTE\",\"access_token\":\"eyJ…\",\"token_type\":\"Bearer\","
                                                        + "\"expires_in\":900,\"refresh_token\":\"q3…\"}"),
                                @ExampleObject(
                                        name = "second-facteur",
                                        value =
                                                "{\"etape\":\"SECOND_FACTEUR\",\"methode\":\"SMS\",\"jetonEtape\":\"eyJ…\"}")
                            }))
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response signIn(String body) {
        return withBody(
                body,
                json -> MobileAnswers.granted(access.signIn(
                        json.getString("identifiant", null),
                        json.getString("motDePasse", null),
                        json.getString("appareil", null),
                        request.getRemoteAddr())));
    }

    @POST
    @Path("/connexion/code")
    @RequiresScope(PartnerScope.MOBILE)
    @SecurityRequirement(name = "jeton", scopes = "mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Donner le code du second facteur",
            description = "Le code de l'application d'authentification, reçu par SMS, ou un code de secours.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "code",
                                            value =
                                                    "{\"jetonEtape\":\"eyJ…\",\"code\":\"123456\",\"appareil\":\"Téléphone de Kossi\"}")))
    @APIResponse(responseCode = "200", ref = "JetonsMobile")
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response secondStep(String body) {
        return withBody(
                body,
                json -> MobileAnswers.granted(access.secondStep(
                        json.getString("jetonEtape", null),
                        json.getString("code", null),
                        json.getString("appareil", null),
                        request.getRemoteAddr())));
    }

    @POST
    @Path("/jeton")
    @RequiresScope(PartnerScope.MOBILE)
    @SecurityRequirement(name = "jeton", scopes = "mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Renouveler le jeton d'accès",
            description =
                    "Le jeton de renouvellement sert une fois : la réponse en donne un nouveau. Rejoué, il ferme la"
                            + " session (il a été copié).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "renouveler", value = "{\"refresh_token\":\"q3…\"}")))
    @APIResponse(responseCode = "200", ref = "JetonsMobile")
    @APIResponse(responseCode = "400", ref = "RequeteInvalide")
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response refresh(String body) {
        return withBody(
                body,
                json -> MobileAnswers.granted(
                        access.refresh(json.getString("refresh_token", null), request.getRemoteAddr())));
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @POST
    @Path("/deconnexion")
    @Operation(summary = "Se déconnecter", description = "Ferme la session de l'appareil : ses jetons sont refusés.")
    @APIResponse(responseCode = "204", description = "Session fermée.")
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asUser(authorization, user -> {
            signIns.signOut(user.sessionId(), request.getRemoteAddr());
            return Response.noContent().build();
        });
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @GET
    @Path("/moi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Tableau de bord",
            description = "Qui est connecté, son numéro, ses notifications non lues, ses demandes en cours ; pour un"
                    + " employeur, le solde de son compte cotisant (francs, positif : dû).")
    @APIResponse(
            responseCode = "200",
            description = "Les faits du tableau de bord.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "employeur",
                                            value =
                                                    "{\"nom\":\"Société Togolaise de Démonstration SARL\",\"email\":"
                                                            + "\"employeur@demo.cnss.tg\",\"role\":\"EMPLOYEUR\",\"numero\":\"E-10000001-61\","
                                                            + "\"notificationsNonLues\":2,\"demandesEnCours\":1,\"solde\":43000}")))
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return read(authorization, user -> {
            AccountView account = accounts.current();
            JsonObjectBuilder me = Json.createObjectBuilder()
                    .add("nom", account.fullName())
                    .add("email", account.email())
                    .add("role", user.role() == Role.EMPLOYER ? "EMPLOYEUR" : "ASSURE")
                    .add("numero", MobileAnswers.numberOf(account.registrationNumber()))
                    .add("notificationsNonLues", inbox.unreadCount())
                    .add("demandesEnCours", requests.openCount());
            if (user.role() == Role.EMPLOYER) {
                me.add("solde", contributorAccounts.myBalance().value());
            }
            return me.build();
        });
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @GET
    @Path("/demandes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mes demandes",
            description = "Les demandes de l'utilisateur et où elles en sont, les plus récentes d'abord.")
    @APIResponse(
            responseCode = "200",
            description = "Les demandes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "demandes",
                                            value =
                                                    "{\"demandes\":[{\"reference\":\"RC-2026-000042\",\"type\":\"Réclamation\","
                                                            + "\"objet\":\"Pénalité contestée\",\"deposeeLe\":\"2026-12-01T09:12:00Z\","
                                                            + "\"statut\":\"IN_PROGRESS\",\"statutLibelle\":\"En cours de traitement\"}]}")))
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response myRequests(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return read(authorization, user -> MobileAnswers.requestsOf(requests.mine()));
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @GET
    @Path("/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mes notifications", description = "Les 50 dernières, les plus récentes d'abord.")
    @APIResponse(
            responseCode = "200",
            description = "Les notifications.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "notifications",
                                            value =
                                                    "{\"nonLues\":1,\"notifications\":[{\"titre\":\"Paiement mobile reçu\","
                                                            + "\"texte\":\"La CNSS a reçu votre paiement…\",\"le\":\"2026-12-02T10:15:00Z\","
                                                            + "\"nonLue\":true}]}")))
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response myNotices(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return read(authorization, user -> MobileAnswers.noticesOf(inbox.latest(NOTICES), inbox.unreadCount()));
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @GET
    @Path("/compte-individuel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mon compte individuel (assuré)",
            description = "La carrière déclarée : par année, les mois validés et les salaires, mois par mois.")
    @APIResponse(
            responseCode = "200",
            description = "Le compte individuel.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "compte",
                                            value =
                                                    "{\"numero\":\"1000000001-90\",\"nom\":\"Kossi AMEGAN\",\"moisValides\":"
                                                            + "126,\"annees\":[{\"annee\":2026,\"moisValides\":9,\"salaires\":2700000,"
                                                            + "\"mois\":[{\"mois\":\"2026-01\",\"employeur\":\"E-10000001-61\",\"jours\":31,"
                                                            + "\"salaire\":300000}]}]}")))
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response individualAccount(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asUser(
                authorization,
                user -> user.role() != Role.INSURED
                        ? Problems.of(ProblemType.SCOPE_MISSING, "Le compte individuel est celui d'un assuré.")
                        : answered(user, () -> MobileAnswers.individualAccountOf(individualAccounts.mine())));
    }

    @SecurityRequirement(name = "jetonUtilisateur")
    @GET
    @Path("/compte-cotisant")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mon compte cotisant (employeur)",
            description = "Le solde, les majorations, l'avance, et chaque période : déclaré, payé, reste dû, état.")
    @APIResponse(
            responseCode = "200",
            description = "Le compte cotisant.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "compte",
                                            value =
                                                    "{\"employeur\":\"E-10000001-61\",\"au\":\"2026-12-03\",\"solde\":43000,"
                                                            + "\"majorations\":0,\"avance\":0,\"periodes\":[{\"periode\":\"Novembre 2026\","
                                                            + "\"echeance\":\"2026-12-15\",\"declare\":43000,\"paye\":0,\"majorations\":0,"
                                                            + "\"reste\":43000,\"etat\":\"À payer\"}]}")))
    @APIResponse(responseCode = "401", ref = "ConnexionRefusee")
    @APIResponse(responseCode = "403", ref = "PorteeInsuffisante")
    @APIResponse(responseCode = "429", ref = "TropDeRequetes")
    public Response contributorAccount(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asUser(
                authorization,
                user -> user.role() != Role.EMPLOYER
                        ? Problems.of(ProblemType.SCOPE_MISSING, "Le compte cotisant est celui d'un employeur.")
                        : answered(
                                user,
                                () -> MobileAnswers.contributorAccountOf(contributorAccounts.statement(null, null))));
    }

    // ---- how the answers are made

    private Response read(String authorization, Function<MobileUser, JsonObject> read) {
        return asUser(authorization, user -> answered(user, () -> read.apply(user)));
    }

    private static Response answered(MobileUser user, Supplier<JsonObject> read) {
        return Response.ok(MobileUserIdentity.runAs(user, read).toString(), MediaType.APPLICATION_JSON)
                .build();
    }

    /** The call for the user of its access token; the audit line names him. */
    private Response asUser(String authorization, Function<MobileUser, Response> call) {
        Answer<MobileUser> user = access.user(authorization);
        if (user.refused()) {
            return Problems.of(user.problem());
        }
        request.setAttribute(
                PartnerCallFilter.CALLER,
                new PartnerAccess.PartnerCaller(
                        "application-mobile", user.value().email()));
        return call.apply(user.value());
    }

    private static Response withBody(String body, Function<JsonObject, Response> call) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException unreadable) {
            return Problems.of(ProblemType.INVALID_REQUEST, "Corps illisible : un objet JSON est attendu.");
        }
        try {
            return call.apply(json);
        } catch (ClassCastException wrongType) {
            return Problems.of(ProblemType.INVALID_REQUEST, "Corps illisible : des textes sont attendus.");
        }
    }
}
