package tg.cnss.eservices.partner.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portal's REST API, under {@code /api}: versioned paths ({@code /api/v1/…}) for the partners
 * — banks, mobile-money operators, payroll software, public buyers and the CNSS mobile
 * application. Partners authenticate with the portal's short-lived tokens (partner.boundary); none
 * uses the portal's sign-in session. The annotations here are the head of the OpenAPI document
 * that WildFly's MicroProfile OpenAPI serves at {@code /api/openapi}; the errors every operation
 * may answer are described once, as components.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "API des partenaires de la CNSS Togo",
                        version = "1",
                        description =
                                "Services en ligne de la Caisse nationale de sécurité sociale du Togo pour ses partenaires :"
                                        + " banques et opérateurs de monnaie électronique (paiements), acheteurs publics (vérification"
                                        + " des quitus et de la régularité des employeurs), éditeurs de logiciels de paie (déclarations)."
                                        + " Chaque appel porte un jeton obtenu sur /api/v1/oauth/token avec l'identifiant et le secret"
                                        + " remis par la CNSS. Montants en francs CFA entiers, dates ISO 8601, erreurs au format RFC 9457"
                                        + " (application/problem+json) avec un type stable.",
                        contact = @Contact(name = "CNSS Togo — Direction des systèmes d'information")),
        tags = {
            @Tag(name = "Authentification", description = "Jetons d'accès des clients partenaires (OAuth 2)."),
            @Tag(name = "Vérification", description = "Quitus, attestations et régularité des employeurs."),
            @Tag(name = "Paiements", description = "Notifications et état des paiements."),
            @Tag(
                    name = "Déclarations",
                    description = "DNR et déclarations de cotisation envoyées par les logiciels de paie, pour les"
                            + " employeurs qui les ont autorisés."),
            @Tag(
                    name = "Application mobile",
                    description = "L'application mobile de la CNSS : connexion d'un employeur ou d'un assuré, puis ce"
                            + " que le portail lui montre."),
            @Tag(name = "Disponibilité", description = "L'API répond-elle ?")
        },
        components =
                @Components(
                        schemas =
                                @Schema(
                                        name = "Probleme",
                                        description = "Erreur au format RFC 9457.",
                                        implementation = PartnerApi.Problem.class),
                        responses = {
                            @APIResponse(
                                    name = "RequeteInvalide",
                                    responseCode = "400",
                                    description = "Requête invalide : paramètre manquant ou mal formé.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "requete-invalide",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-requete-invalide\",\"title\":\"Requête"
                                                                                    + " invalide\",\"status\":400,\"detail\":\"Le paramètre code est"
                                                                                    + " requis.\",\"erreurs\":[{\"champ\":\"code\",\"message\":\"Code de"
                                                                                    + " vérification manquant.\"}]}"))),
                            @APIResponse(
                                    name = "NonAuthentifie",
                                    responseCode = "401",
                                    description = "Jeton absent, invalide ou expiré, ou client révoqué.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "jeton-expire",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-jeton-expire\",\"title\":\"Jeton"
                                                                                    + " expiré\",\"status\":401,\"detail\":\"Jeton expiré : demandez-en un"
                                                                                    + " nouveau.\"}"))),
                            @APIResponse(
                                    name = "ClientRefuse",
                                    responseCode = "401",
                                    description = "Identifiant ou secret refusé, ou client révoqué.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "client-invalide",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-client-invalide\",\"title\":"
                                                                                    + "\"Identifiants du client refusés\",\"status\":401,\"detail\":"
                                                                                    + "\"Identifiant ou secret du client refusé.\"}"))),
                            @APIResponse(
                                    name = "PorteeInsuffisante",
                                    responseCode = "403",
                                    description = "Le jeton ne porte pas la portée que demande ce service.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "portee-insuffisante",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-portee-insuffisante\",\"title\":"
                                                                                    + "\"Portée insuffisante\",\"status\":403,\"detail\":\"Ce service"
                                                                                    + " demande la portée « verification », absente du jeton ou non"
                                                                                    + " accordée.\"}"))),
                            @APIResponse(
                                    name = "Introuvable",
                                    responseCode = "404",
                                    description = "Rien sous cette référence.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "introuvable",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-introuvable\",\"title\":\"Ressource"
                                                                                    + " introuvable\",\"status\":404,\"detail\":\"Aucun employeur"
                                                                                    + " immatriculé sous ce numéro.\"}"))),
                            @APIResponse(
                                    name = "ConnexionRefusee",
                                    responseCode = "401",
                                    description = "Connexion refusée : identifiants, code, jeton de renouvellement ou"
                                            + " session fermée ; le détail dit quoi faire.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "connexion-refusee",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-connexion-refusee\","
                                                                                    + "\"title\":\"Connexion refusée\",\"status\":401,"
                                                                                    + "\"detail\":\"Identifiant ou mot de passe"
                                                                                    + " incorrect.\"}"))),
                            @APIResponse(
                                    name = "JetonsMobile",
                                    responseCode = "200",
                                    description =
                                            "Connecté : le jeton d'accès (15 minutes) et le jeton de renouvellement"
                                                    + " (à garder secret sur l'appareil ; il sert une fois).",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "connecte",
                                                                    value =
                                                                            "{\"etape\":\"CONNECTE\",\"access_token\":\"eyJ…\","
                                                                                    + "\"token_type\":\"Bearer\",\"expires_in\":900,"
                                                                                    + "\"refresh_token\":\"q3…\"}"))),
                            @APIResponse(
                                    name = "DnrLue",
                                    responseCode = "200",
                                    description =
                                            "DNR lue pendant l'appel : son rapport (acceptée, acceptée avec"
                                                    + " avertissements ou rejetée), celui de la page « Envoyer un fichier D.N.R ».",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = DnrAnswer.class))),
                            @APIResponse(
                                    name = "DnrEnCours",
                                    responseCode = "202",
                                    description =
                                            "DNR reçue, lue en arrière-plan : suivre l'adresse de l'en-tête Location.",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = DnrAnswer.class))),
                            @APIResponse(
                                    name = "DonneesRefusees",
                                    responseCode = "422",
                                    description =
                                            "Données lisibles mais refusées ; erreurs nomme chaque champ et dit pourquoi.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "donnees-refusees",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-donnees-refusees\",\"title\":"
                                                                                    + "\"Données refusées\",\"status\":422,\"detail\":\"Mois :"
                                                                                    + " janvier 2027 n'a pas commencé.\",\"erreurs\":[{\"champ\":"
                                                                                    + "\"month\",\"message\":\"Mois : janvier 2027 n'a pas"
                                                                                    + " commencé.\"}]}"))),
                            @APIResponse(
                                    name = "TropDeRequetes",
                                    responseCode = "429",
                                    description =
                                            "Limite d'appels par minute du client atteinte ; l'en-tête Retry-After dit"
                                                    + " combien de secondes attendre.",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Probleme"),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "trop-de-requetes",
                                                                    value =
                                                                            "{\"type\":\"/api/docs#probleme-trop-de-requetes\",\"title\":\"Trop"
                                                                                    + " de requêtes\",\"status\":429,\"detail\":\"Limite de 600 appels par"
                                                                                    + " minute atteinte : réessayez dans 12 s.\",\"reessayerDans\":12}")))
                        }))
@SecurityScheme(
        securitySchemeName = "jetonUtilisateur",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Jeton d'accès de quinze minutes d'un utilisateur de l'application mobile (POST"
                + " /api/v1/mobile/connexion), renouvelé par son jeton de renouvellement.")
@SecurityScheme(
        securitySchemeName = "jeton",
        type = SecuritySchemeType.OAUTH2,
        description = "Jeton JWT de cinq minutes obtenu par les identifiants du client (OAuth 2, client credentials).",
        flows =
                @OAuthFlows(
                        clientCredentials =
                                @OAuthFlow(
                                        tokenUrl = "/api/v1/oauth/token",
                                        scopes = {
                                            @OAuthScope(
                                                    name = "paiements",
                                                    description = "Notifications et état des paiements."),
                                            @OAuthScope(
                                                    name = "verification",
                                                    description = "Vérification des documents et de la régularité."),
                                            @OAuthScope(
                                                    name = "declarations",
                                                    description = "Dépôt des DNR et des déclarations de cotisation."),
                                            @OAuthScope(name = "mobile", description = "Application mobile de la CNSS.")
                                        })))
public class PartnerApi extends Application {

    /**
     * The API's resources and providers, named rather than scanned: a scan also registers every
     * {@code @Path} class of the libraries — EclipseLink's JPA-RS among them, which would open the
     * database's entities under /api/{version}/cnss/….
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                KnownPathsFilter.class,
                PartnerCallFilter.class,
                ProblemMappers.class,
                TokenResource.class,
                PingResource.class,
                VerificationResource.class,
                PaymentStatusResource.class,
                PaymentNotificationsResource.class,
                BankTransfersResource.class,
                DeclarationsResource.class,
                MobileResource.class,
                ApiDocsResource.class);
    }

    /** The error body, for the document only (answers are written by the problem's own code). */
    @Schema(name = "Probleme")
    public record Problem(
            @Schema(
                    description = "Type stable de l'erreur (une ancre de la documentation).",
                    example = "/api/docs#probleme-jeton-expire")
            String type,

            @Schema(description = "Intitulé de l'erreur, en français.", example = "Jeton expiré")
            String title,

            @Schema(description = "Statut HTTP.", example = "401")
            int status,

            @Schema(description = "Explication pour cet appel, en français.")
            String detail,

            @Schema(description = "Champs refusés, le cas échéant.")
            java.util.List<FieldError> erreurs,

            @Schema(description = "Pour 429 : secondes à attendre.")
            Long reessayerDans) {}

    /** One refused field. */
    @Schema(name = "ChampRefuse")
    public record FieldError(
            @Schema(description = "Le champ ou paramètre.", example = "code")
            String champ,

            @Schema(description = "Ce qui ne va pas.", example = "Code de vérification manquant.")
            String message) {}
}
