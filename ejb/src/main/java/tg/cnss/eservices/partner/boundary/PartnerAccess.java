package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.partner.control.CallRates;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;
import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Who calls the partner API. A client trades its identifier and secret for a five-minute token
 * (OAuth 2 client credentials, RFC 6749 §4.4); each call then shows the token, which must be
 * ours and current, its client not revoked, the scope both in the token and still granted, and the
 * client within its calls per minute. Answers carry what went wrong rather than throwing, so that
 * refusals are audited like the rest.
 */
@Stateless
@PermitAll
public class PartnerAccess {

    /** An access token granted (RFC 6749 §5.1). */
    public record TokenGrant(String accessToken, long expiresInSeconds, String scope) {}

    /** The client behind a call that may go on. */
    public record PartnerCaller(String clientId, String name) {

        /** How the audit log names it. */
        public String actor() {
            return "partenaire " + clientId + " (" + name + ")";
        }
    }

    /** Either what was asked for or the problem to answer. */
    public record Answer<T>(T value, ApiProblem problem) {
        static <T> Answer<T> of(T value) {
            return new Answer<>(value, null);
        }

        static <T> Answer<T> refused(ApiProblem problem) {
            return new Answer<>(null, problem);
        }

        public boolean refused() {
            return problem != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessTokens tokens;

    @Inject
    CallRates rates;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Answer<TokenGrant> grant(String grantType, String clientId, String secret, String scope, String address) {
        Answer<TokenGrant> answer = grantOf(grantType, clientId, secret, scope);
        audit.record(
                clientId == null || clientId.isBlank() ? "anonyme" : "partenaire " + clientId,
                address,
                AuditAction.PARTNER_TOKEN,
                answer.refused() ? String.valueOf(answer.problem().status()) : "200",
                answer.refused()
                        ? answer.problem().type().slug()
                        : "jeton délivré (" + answer.value().scope() + ")");
        return answer;
    }

    private Answer<TokenGrant> grantOf(String grantType, String clientId, String secret, String scope) {
        if (!"client_credentials".equals(grantType)) {
            return Answer.refused(ProblemType.INVALID_REQUEST.with(
                    "grant_type doit valoir client_credentials (OAuth 2, identifiants du client)."));
        }
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            return Answer.refused(ProblemType.INVALID_CLIENT.with(
                    "client_id et client_secret sont requis (formulaire ou en-tête Authorization: Basic)."));
        }
        Instant now = clock.instant();
        Optional<PartnerClient> client = clientOf(clientId);
        Optional<PartnerSecret> stored = em.createQuery(
                        "SELECT s FROM PartnerSecret s WHERE s.secretHash = :hash", PartnerSecret.class)
                .setParameter("hash", ClientSecrets.hashOf(secret))
                .getResultStream()
                .findFirst()
                .filter(found -> found.getClientId().equals(clientId) && found.isValidAt(now));
        if (client.isEmpty() || stored.isEmpty()) {
            // an unknown client and a wrong or ended secret are told apart to no one
            return Answer.refused(ProblemType.INVALID_CLIENT.with("Identifiant ou secret du client refusé."));
        }
        if (client.get().isRevoked()) {
            return Answer.refused(ProblemType.CLIENT_REVOKED.with("Ce client a été révoqué par la CNSS."));
        }
        Set<PartnerScope> granted = client.get().getScopes();
        Set<PartnerScope> asked = granted;
        if (scope != null && !scope.isBlank()) {
            asked = EnumSet.noneOf(PartnerScope.class);
            for (String code : scope.trim().split("\\s+")) {
                Optional<PartnerScope> known = PartnerScope.ofCode(code);
                if (known.isEmpty() || !granted.contains(known.get())) {
                    return Answer.refused(ProblemType.SCOPE_MISSING.with("Portée non accordée à ce client : " + code
                            + ". Accordées : " + PartnerScope.join(granted) + "."));
                }
                asked.add(known.get());
            }
        }
        String scopes = PartnerScope.join(asked);
        return Answer.of(new TokenGrant(
                tokens.issue(clientId, AccessTokens.Use.PARTNER, scopes, now),
                AccessTokens.LIFETIME.toSeconds(),
                scopes));
    }

    /** Checks a call's {@code Authorization} header for {@code scope}, and counts the call. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Answer<PartnerCaller> authenticate(String authorization, PartnerScope scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Answer.refused(ProblemType.UNAUTHENTICATED.with(
                    "En-tête Authorization: Bearer <jeton> requis ; le jeton s'obtient sur /api/v1/oauth/token."));
        }
        AccessTokens.Outcome outcome = tokens.verify(authorization.substring(7).strip());
        if (outcome.verified().isEmpty() || outcome.token().use() != AccessTokens.Use.PARTNER) {
            return outcome.refusal() == AccessTokens.Refusal.EXPIRED
                    ? Answer.refused(ProblemType.TOKEN_EXPIRED.with("Jeton expiré : demandez-en un nouveau."))
                    : Answer.refused(ProblemType.TOKEN_INVALID.with("Jeton illisible, altéré ou d'un autre émetteur."));
        }
        AccessTokens.Verified token = outcome.token();
        Optional<PartnerClient> client = clientOf(token.subject());
        if (client.isEmpty() || client.get().isRevoked()) {
            return Answer.refused(ProblemType.CLIENT_REVOKED.with("Ce client a été révoqué par la CNSS."));
        }
        if (!PartnerScope.split(token.scopes()).contains(scope)
                || !client.get().getScopes().contains(scope)) {
            return Answer.refused(ProblemType.SCOPE_MISSING.with(
                    "Ce service demande la portée « " + scope.code() + " », absente du jeton ou non accordée."));
        }
        OptionalLong wait = rates.take(token.subject(), client.get().getCallsPerMinute(), clock.instant());
        if (wait.isPresent()) {
            return Answer.refused(ProblemType.RATE_LIMITED
                    .with("Limite de " + client.get().getCallsPerMinute()
                            + " appels par minute atteinte : réessayez dans " + wait.getAsLong() + " s.")
                    .retryAfter(wait.getAsLong()));
        }
        return Answer.of(
                new PartnerCaller(client.get().getClientId(), client.get().getName()));
    }

    /** One line of the audit log per call: who, what, the status answered; never a token or a secret. */
    public void recordCall(String actor, String address, String endpoint, int status) {
        audit.record(actor, address, AuditAction.PARTNER_CALL, String.valueOf(status), endpoint);
    }

    private Optional<PartnerClient> clientOf(String clientId) {
        return em.createQuery("SELECT c FROM PartnerClient c WHERE c.clientId = :client", PartnerClient.class)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
    }
}
