package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.form;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.kernel.ReadableCodes;
import tg.cnss.eservices.partner.boundary.PartnerClients;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.payment.entity.MobilePayment;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.platform.entity.AuditEvent;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;

/**
 * The partner API over HTTP, against the deployed EAR: clients registered by the administrator,
 * tokens (client credentials), scopes, expiry, revocation, rotation with its overlap, the rate
 * limit, the verification and payment endpoints, errors in the RFC 9457 format, and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {

    private static final String BASE = PartnerApiCalls.BASE;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(PartnerApiIT.class, GoodStandingSeeder.class, PartnerApiCalls.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    PartnerClients clients;

    @Inject
    AccessTokens tokens;

    @Inject
    CertificateRegistry certificates;

    @Inject
    GoodStandingSeeder seeder;

    @Inject
    PersistenceProbe probe;

    private final PartnerApiCalls api = new PartnerApiCalls();

    @Test
    void aClientTradesItsSecretForATokenWithItsScopes() throws Exception {
        PartnerClients.NewSecret client = register(Set.of(PartnerScope.VERIFICATION, PartnerScope.PAIEMENTS), 600);
        assertTrue(client.secret().startsWith("cnss_") && client.secret().length() > 40, client.secret());

        HttpResponse<String> granted = api.token(client.clientId(), client.secret(), null);
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("no-store", granted.headers().firstValue("Cache-Control").orElse(""));
        JsonObject token = json(granted);
        assertEquals("Bearer", token.getString("token_type"));
        assertEquals(300, token.getInt("expires_in"));
        assertEquals("paiements verification", token.getString("scope"));
        assertFalse(granted.headers().firstValue("Set-Cookie").isPresent(), "aucune session");

        HttpResponse<String> basic = api.send(HttpRequest.newBuilder(URI.create(BASE + "/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((client.clientId() + ":" + client.secret())
                                                .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=verification")));
        assertEquals(200, basic.statusCode(), basic.body());
        assertEquals("verification", json(basic).getString("scope"));

        assertProblem(api.token(client.clientId(), client.secret() + "x", null), 401, "client-invalide");
        assertProblem(api.token("cnss-inconnu", client.secret(), null), 401, "client-invalide");
        assertProblem(api.token(client.clientId(), client.secret(), "declarations"), 403, "portee-insuffisante");
        assertProblem(api.send(form("grant_type=password&client_id=" + client.clientId())), 400, "requete-invalide");
        assertProblem(
                api.send(HttpRequest.newBuilder(URI.create(BASE + "/v1/oauth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))),
                415,
                "format-non-pris-en-charge");
    }

    @Test
    void aCertificateIsVerifiedByReferenceAndCodeWithNothingMore() throws Exception {
        String bearer = api.bearer(register(Set.of(PartnerScope.VERIFICATION), 600));
        CertificateRegistry.Issued issued = probe.apply(em -> certificates.issue(
                CertificateKind.SOCIAL_QUITUS,
                "E1000000161",
                "Société Togolaise de Démonstration SARL",
                Instant.now(),
                LocalDate.now(Clocks.LOME),
                LocalDate.now(Clocks.LOME).plusMonths(3)));
        String reference = issued.certificate().getReference();

        HttpResponse<String> valid =
                api.get("/v1/verification/documents/" + reference + "?code=" + issued.code(), bearer);
        assertEquals(200, valid.statusCode(), valid.body());
        JsonObject answer = json(valid);
        assertEquals("VALIDE", answer.getString("etat"));
        assertEquals("Société Togolaise de Démonstration SARL", answer.getString("titulaire"));
        assertEquals(LocalDate.now(Clocks.LOME).plusMonths(3).toString(), answer.getString("valideJusquau"));
        assertEquals(
                Set.of(
                        "etat",
                        "nature",
                        "reference",
                        "titulaire",
                        "numeroTitulaire",
                        "delivreLe",
                        "valideDu",
                        "valideJusquau"),
                answer.keySet(),
                "rien de plus que ce qu'un acheteur doit lire");

        assertProblem(
                api.get("/v1/verification/documents/" + reference + "?code=AAAAAAAAAA", bearer), 404, "introuvable");
        HttpResponse<String> noCode = api.get("/v1/verification/documents/" + reference, bearer);
        assertProblem(noCode, 400, "requete-invalide");
        assertEquals(
                "code", json(noCode).getJsonArray("erreurs").getJsonObject(0).getString("champ"));

        probe.apply(em -> {
            certificates.revoke(
                    em.find(IssuedCertificate.class, issued.certificate().getId()), Instant.now(), "test");
            return null;
        });
        HttpResponse<String> revoked =
                api.get("/v1/verification/documents/" + reference + "?code=" + issued.code(), bearer);
        assertEquals("REVOQUE", json(revoked).getString("etat"), revoked.body());
        assertEquals(LocalDate.now(Clocks.LOME).toString(), json(revoked).getString("revoqueLe"));
    }

    @Test
    void aBuyerLearnsWhetherAnEmployerIsUpToDate() throws Exception {
        String bearer = api.bearer(register(Set.of(PartnerScope.VERIFICATION), 600));
        EmployerNumber upToDate = seeder.seed(AsQuitusEmployer.EMAIL);
        HttpResponse<String> yes = api.get("/v1/verification/employeurs/" + upToDate.display() + "/regularite", bearer);
        assertEquals(200, yes.statusCode(), yes.body());
        assertTrue(json(yes).getBoolean("aJour"), yes.body());
        assertEquals(LocalDate.now(Clocks.LOME).toString(), json(yes).getString("date"));
        assertEquals(
                Set.of("numeroEmployeur", "raisonSociale", "aJour", "date"),
                json(yes).keySet());

        seeder.declareUnpaidLateMonth(upToDate);
        HttpResponse<String> no =
                api.get("/v1/verification/employeurs/" + upToDate.canonical() + "/regularite", bearer);
        assertFalse(json(no).getBoolean("aJour"), no.body());

        assertProblem(api.get("/v1/verification/employeurs/E-12345678-00/regularite", bearer), 400, "requete-invalide");
        assertProblem(
                api.get(
                        "/v1/verification/employeurs/" + new EmployerNumber(99_999_998L).display() + "/regularite",
                        bearer),
                404,
                "introuvable");
    }

    @Test
    void tokensThatAreMissingForgedExpiredOrOfARevokedClientAreRefused() throws Exception {
        PartnerClients.NewSecret client = register(Set.of(PartnerScope.VERIFICATION), 600);
        String path = "/v1/verification/employeurs/E-10000001-61/regularite";

        HttpResponse<String> none = api.get(path, null);
        assertProblem(none, 401, "authentification-requise");
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(api.get(path, "Bearer pas-un-jeton"), 401, "jeton-invalide");

        Instant now = Instant.now();
        String expired = tokens.issue(
                client.clientId(),
                AccessTokens.Use.PARTNER,
                "verification",
                now.minusSeconds(600),
                now.minusSeconds(1));
        assertProblem(api.get(path, "Bearer " + expired), 401, "jeton-expire");
        assertProblem(api.get(path, "Bearer " + signedByAnotherKey(client.clientId())), 401, "jeton-invalide");
        String mobile = tokens.issue(client.clientId(), AccessTokens.Use.MOBILE, "verification", now);
        assertProblem(api.get(path, "Bearer " + mobile), 401, "jeton-invalide");

        String bearer = api.bearer(client);
        assertEquals(200, api.get(path, bearer).statusCode());
        assertProblem(api.get("/v1/paiements/PM-2026-INCONNU", bearer), 403, "portee-insuffisante");

        asAdmin.call(() -> {
            clients.revoke(client.clientId());
            return null;
        });
        assertProblem(api.get(path, bearer), 401, "client-revoque");
        assertProblem(api.token(client.clientId(), client.secret(), null), 401, "client-invalide");
    }

    @Test
    void aRotatedSecretKeepsWorkingDuringItsOverlapOnly() throws Exception {
        PartnerClients.NewSecret first = register(Set.of(PartnerScope.VERIFICATION), 600);
        PartnerClients.NewSecret second = asAdmin.call(() -> clients.rotate(first.clientId(), Duration.ofDays(1)));
        assertEquals(first.clientId(), second.clientId());
        assertEquals(
                200,
                api.token(first.clientId(), first.secret(), null).statusCode(),
                "l'ancien, pendant le chevauchement");
        assertEquals(200, api.token(first.clientId(), second.secret(), null).statusCode(), "le nouveau");

        PartnerClients.NewSecret third = asAdmin.call(() -> clients.rotate(first.clientId(), Duration.ZERO));
        assertProblem(api.token(first.clientId(), first.secret(), null), 401, "client-invalide");
        assertProblem(api.token(first.clientId(), second.secret(), null), 401, "client-invalide");
        assertEquals(200, api.token(first.clientId(), third.secret(), null).statusCode());
        assertFalse(third.signingKey().equals(second.signingKey()), "une clé de signature par secret");
    }

    @Test
    void aClientOverItsCallsPerMinuteIsToldWhenToComeBack() throws Exception {
        int limit = 3;
        String bearer = api.bearer(register(Set.of(PartnerScope.VERIFICATION), limit));
        String path = "/v1/verification/employeurs/E-10000001-61/regularite";
        // A new minute may open during the loop (the count starts again): within 2 × limit + 2 calls
        // one is refused whatever the moment, after at least `limit` accepted in its minute.
        int accepted = 0;
        HttpResponse<String> refused = null;
        for (int call = 0; call < 2 * limit + 2 && refused == null; call++) {
            HttpResponse<String> answer = api.get(path, bearer);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode(), answer.body());
                accepted++;
            }
        }
        assertTrue(refused != null, "aucun 429 après " + accepted + " appels");
        assertTrue(accepted >= limit, accepted + " appels acceptés");
        assertProblem(refused, 429, "trop-de-requetes");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(retryAfter, json(refused).getJsonNumber("reessayerDans").longValue());
    }

    @Test
    void aBankReadsAPaymentsStateByItsReference() throws Exception {
        String bearer = api.bearer(register(Set.of(PartnerScope.PAIEMENTS), 600));
        String employer = seeder.seed(AsQuitusEmployer.EMAIL).canonical();
        MobilePayment payment = probe.persist(new MobilePayment(
                "MM-" + LocalDate.now().getYear() + "-" + ReadableCodes.random(8),
                employer,
                MobileOperator.TMONEY,
                "90123456",
                43_000,
                ReadableCodes.random(16),
                AsQuitusEmployer.EMAIL,
                Instant.now()));
        HttpResponse<String> pending = api.get("/v1/paiements/" + payment.getReference(), bearer);
        assertEquals(200, pending.statusCode(), pending.body());
        assertEquals("EN_ATTENTE", json(pending).getString("etat"));
        assertEquals(43_000, json(pending).getInt("montant"));
        assertProblem(api.get("/v1/paiements/MM-2026-INCONNU0", bearer), 404, "introuvable");
    }

    @Test
    void anOperatorNotifiesAPaymentWithItsTokenAndItsOwnSigningKey() throws Exception {
        PartnerClients.NewSecret operator = register(Set.of(PartnerScope.PAIEMENTS), 600);
        PartnerClients.NewSecret other = register(Set.of(PartnerScope.PAIEMENTS), 600);
        String employer = seeder.seed(AsQuitusEmployer.EMAIL).canonical();
        MobilePayment payment = probe.persist(new MobilePayment(
                "MM-" + LocalDate.now().getYear() + "-" + ReadableCodes.random(8),
                employer,
                MobileOperator.FLOOZ,
                "99123456",
                25_000,
                ReadableCodes.random(16),
                AsQuitusEmployer.EMAIL,
                Instant.now()));
        String body = "{\"transactionId\":\"TX-" + UUID.randomUUID() + "\",\"reference\":\"" + payment.getReference()
                + "\",\"status\":\"SUCCESS\",\"amount\":25000,\"receivedAt\":\"" + Instant.now() + "\"}";
        String bearer = api.bearer(operator);
        String key = "K-" + UUID.randomUUID();

        assertProblem(
                notify(body, bearer, NotificationSignature.of(body, operator.secret()), key),
                401,
                "signature-invalide");
        assertProblem(
                notify(body, api.bearer(other), NotificationSignature.of(body, operator.signingKey()), key),
                401,
                "signature-invalide");
        assertProblem(
                notify(body, api.bearer(register(Set.of(PartnerScope.VERIFICATION), 600)), "sha256=00", key),
                403,
                "portee-insuffisante");
        HttpResponse<String> settled = notify(body, bearer, NotificationSignature.of(body, operator.signingKey()), key);
        assertEquals(200, settled.statusCode(), settled.body());
        assertEquals("CONFIRMED", json(settled).getString("statut"));
        assertEquals(
                settled.body(),
                notify(body, bearer, NotificationSignature.of(body, operator.signingKey()), key)
                        .body(),
                "rejouée");
        String changed = body.replace("25000", "24000");
        assertProblem(
                notify(changed, bearer, NotificationSignature.of(changed, operator.signingKey()), key),
                422,
                "cle-idempotence-reutilisee");
        HttpResponse<String> sameKeyOtherPartner =
                notify(body, api.bearer(other), NotificationSignature.of(body, other.signingKey()), key);
        assertEquals(
                200,
                sameKeyOtherPartner.statusCode(),
                "les clés d'un partenaire sont les siennes : " + sameKeyOtherPartner.body());

        PartnerClients.NewSecret rotated = asAdmin.call(() -> clients.rotate(operator.clientId(), Duration.ofDays(1)));
        HttpResponse<String> withOldKey = notify(
                body,
                api.bearer(rotated),
                NotificationSignature.of(body, operator.signingKey()),
                "K-" + UUID.randomUUID());
        assertEquals(200, withOldKey.statusCode(), "l'ancienne clé pendant le chevauchement : " + withOldKey.body());
    }

    @Test
    void everyCallIsAuditedWithoutItsTokenAndUnknownPathsAreProblems() throws Exception {
        PartnerClients.NewSecret client = register(Set.of(PartnerScope.VERIFICATION), 600);
        String bearer = api.bearer(client);
        api.get("/v1/verification/employeurs/E-10000001-61/regularite", bearer);
        api.get("/v1/verification/employeurs/E-10000001-61/regularite", "Bearer pas-un-jeton");

        // the calls' lines are written within the second (CallJournal)
        List<AuditEvent> calls = Eventually.await(
                "les lignes d'audit des appels",
                Duration.ofSeconds(10),
                () -> auditOf(client.clientId()),
                lines -> lines.size() >= 2);
        assertEquals(
                List.of("200", "200"),
                calls.stream().map(AuditEvent::getOutcome).toList(),
                "jeton puis appel");
        assertEquals(
                "GET /api/v1/verification/employeurs/E-10000001-61/regularite",
                calls.get(1).getDetail());
        long anonymous = Eventually.await(
                "la ligne d'audit du refus",
                Duration.ofSeconds(10),
                () -> probe.apply(em -> em.createQuery(
                                "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.outcome = '401'",
                                Long.class)
                        .setParameter("action", AuditAction.PARTNER_CALL)
                        .getSingleResult()),
                count -> count >= 1);
        assertTrue(anonymous >= 1, "le refus est audité aussi");
        long leaked = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE e.detail LIKE :token OR e.detail LIKE :secret",
                        Long.class)
                .setParameter("token", "%" + bearer.substring(7, 40) + "%")
                .setParameter("secret", "%" + client.secret() + "%")
                .getSingleResult());
        assertEquals(0, leaked, "ni jeton ni secret au journal");

        // EclipseLink's JPA-RS is on the class path: its resources must not be registered.
        assertProblem(api.get("/v2.0/cnss/metadata", null), 404, "introuvable");
        assertProblem(api.get("/latest/cnss/metadata", null), 404, "introuvable");
        assertProblem(api.get("/v1/nulle-part", null), 404, "introuvable");
        assertProblem(
                api.send(HttpRequest.newBuilder(URI.create(BASE + "/v1/disponibilite"))
                        .DELETE()),
                405,
                "methode-non-permise");
    }

    // ---- helpers

    private List<AuditEvent> auditOf(String clientId) {
        return probe.apply(em -> em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.action IN :actions AND e.actor LIKE :client ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("actions", List.of(AuditAction.PARTNER_CALL, AuditAction.PARTNER_TOKEN))
                .setParameter("client", "%" + clientId + "%")
                .getResultList());
    }

    private PartnerClients.NewSecret register(Set<PartnerScope> scopes, int perMinute) {
        return asAdmin.call(() -> clients.register(
                "Banque de test " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.BANK,
                "BTCI",
                EnumSet.copyOf(scopes),
                perMinute));
    }

    private HttpResponse<String> notify(String body, String bearer, String signature, String key) throws Exception {
        return api.notify("/v1/paiements/notifications", body, bearer, signature, key);
    }

    /** A well-formed token of ours in every claim, signed (RS256) by a key that is not the portal's. */
    private static String signedByAnotherKey(String clientId) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        long now = Instant.now().getEpochSecond();
        String header = "{\"kid\":\"cnss-api-1\",\"alg\":\"RS256\"}";
        String payload = Json.createObjectBuilder()
                .add("iss", AccessTokens.ISSUER)
                .add("aud", AccessTokens.AUDIENCE)
                .add("sub", clientId)
                .add("iat", now)
                .add("exp", now + 300)
                .add("cnss_use", "PARTNER")
                .add("scope", "verification")
                .build()
                .toString();
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String signedPart = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update(signedPart.getBytes(StandardCharsets.US_ASCII));
        return signedPart + "." + base64.encodeToString(rsa.sign());
    }
}
