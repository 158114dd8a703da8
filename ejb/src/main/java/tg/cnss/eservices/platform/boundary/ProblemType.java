package tg.cnss.eservices.platform.boundary;

/**
 * The API's errors, each with a stable {@code type} (RFC 9457): a partner's code may branch on it,
 * the {@code title} and {@code detail} are for people, in French. The type is the anchor of the
 * problem on the documentation page.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "requete-invalide", "Requête invalide"),
    UNAUTHENTICATED(401, "authentification-requise", "Authentification requise"),
    INVALID_CLIENT(401, "client-invalide", "Identifiants du client refusés"),
    TOKEN_EXPIRED(401, "jeton-expire", "Jeton expiré"),
    TOKEN_INVALID(401, "jeton-invalide", "Jeton invalide"),
    CLIENT_REVOKED(401, "client-revoque", "Client révoqué"),
    SIGN_IN_REFUSED(401, "connexion-refusee", "Connexion refusée"),
    BAD_SIGNATURE(401, "signature-invalide", "Signature invalide"),
    SCOPE_MISSING(403, "portee-insuffisante", "Portée insuffisante"),
    MANDATE_MISSING(403, "mandat-absent", "Mandat de l'employeur absent"),
    NOT_FOUND(404, "introuvable", "Ressource introuvable"),
    METHOD_NOT_ALLOWED(405, "methode-non-permise", "Méthode non permise"),
    NOT_ACCEPTABLE(406, "format-non-disponible", "Format de réponse non disponible"),
    CONFLICT(409, "conflit", "Conflit avec l'état actuel"),
    UNSUPPORTED_MEDIA_TYPE(415, "format-non-pris-en-charge", "Format de requête non pris en charge"),
    UNPROCESSABLE(422, "donnees-refusees", "Données refusées"),
    IDEMPOTENCY_KEY_REUSED(422, "cle-idempotence-reutilisee", "Clé d'idempotence déjà utilisée"),
    RATE_LIMITED(429, "trop-de-requetes", "Trop de requêtes"),
    SERVER_ERROR(500, "erreur-interne", "Erreur interne");

    /** Where the types are explained: the partners' documentation page. */
    public static final String BASE = "/api/docs#probleme-";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + slug;
    }

    public ApiProblem with(String detail) {
        return new ApiProblem(this, detail, null, null);
    }
}
