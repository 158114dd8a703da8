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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;
import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Access tokens for the partner API: a client trades its identifier and secret for a five-minute
 * token (OAuth 2 client credentials, RFC 6749 §4.4), which each call then shows ({@link
 * PartnerCalls}). Answers carry what went wrong rather than throwing, so that refusals are audited
 * like the rest.
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

    /** The notification signing keys of a client's secrets in force (two during a rotation's overlap). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> signingKeysOf(String clientId) {
        Instant now = clock.instant();
        return em
                .createQuery("SELECT s FROM PartnerSecret s WHERE s.clientId = :client", PartnerSecret.class)
                .setParameter("client", clientId)
                .getResultList()
                .stream()
                .filter(secret -> secret.isValidAt(now))
                .map(PartnerSecret::getSigningKey)
                .toList();
    }

    /** For a bank client, the CNSS account it keeps; empty for the other kinds. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> bankOf(String clientId) {
        return clientOf(clientId)
                .filter(client -> client.getKind() == tg.cnss.eservices.partner.entity.PartnerKind.BANK)
                .map(PartnerClient::getBankCode);
    }

    /** Whether the employer has authorised this payroll software (and not withdrawn it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean actsFor(String clientId, String employerNumber) {
        return em.createQuery(
                                "SELECT COUNT(m) FROM PartnerMandate m WHERE m.clientId = :client"
                                        + " AND m.employerNumber = :employer AND m.revokedAt IS NULL",
                                Long.class)
                        .setParameter("client", clientId)
                        .setParameter("employer", employerNumber)
                        .getSingleResult()
                > 0;
    }

    private Optional<PartnerClient> clientOf(String clientId) {
        return em.createQuery("SELECT c FROM PartnerClient c WHERE c.clientId = :client", PartnerClient.class)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
    }
}
