package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.MobileSessions;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.Totp;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.partner.boundary.PartnerClients;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * The CNSS mobile application over HTTP against the deployed EAR: the demo employer signs in with
 * the application's client token, reads his dashboard's facts, requests, notices and contributor
 * account (and not an individual account); his refresh token renews the access once, played again
 * it closes the session; closing the device on "Sécurité du compte" refuses its token. An insured
 * person with an authenticator app signs in in two steps; staff are sent to the portal; a wrong
 * password, code or step, a missing client token or scope are refused.
 */
@ExtendWith(ArquillianExtension.class)
class MobileApiIT {

    private static final String PASSWORD = "Une phrase de passe pour le mobile";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(MobileApiIT.class, PartnerApiCalls.class, DemoAccounts.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsEmployer asEmployer;

    @Inject
    PartnerClients clients;

    @Inject
    MobileSessions sessions;

    @Inject
    DataCipher cipher;

    @Inject
    PersistenceProbe probe;

    private final PartnerApiCalls api = new PartnerApiCalls();

    /** The application's own client token (scope mobile). */
    private String app;

    @BeforeEach
    void theApplication() throws Exception {
        app = api.bearer(asAdmin.call(() -> clients.register(
                "Application mobile " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.CNSS_MOBILE_APP,
                null,
                EnumSet.of(PartnerScope.MOBILE),
                600)));
    }

    @Test
    void anEmployerSignsInReadsHisSpaceRenewsHisTokenOnceAndClosesTheDevice() throws Exception {
        String device = "Téléphone " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject tokens = signedIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD, device);
        String user = "Bearer " + tokens.getString("access_token");
        assertEquals(900, tokens.getInt("expires_in"));

        JsonObject me = json(ok(api.get("/v1/mobile/moi", user)));
        assertEquals("EMPLOYEUR", me.getString("role"));
        assertEquals("E-10000001-61", me.getString("numero"));
        assertEquals("Société Togolaise de Démonstration SARL", me.getString("nom"));
        assertTrue(me.containsKey("solde") && me.containsKey("notificationsNonLues"), me.toString());
        assertTrue(json(ok(api.get("/v1/mobile/demandes", user))).containsKey("demandes"));
        assertTrue(json(ok(api.get("/v1/mobile/notifications", user))).containsKey("nonLues"));
        JsonObject account = json(ok(api.get("/v1/mobile/compte-cotisant", user)));
        assertEquals("E-10000001-61", account.getString("employeur"));
        assertEquals(
                me.getJsonNumber("solde").longValue(),
                account.getJsonNumber("solde").longValue());
        assertProblem(api.get("/v1/mobile/compte-individuel", user), 403, "portee-insuffisante");
        assertProblem(api.get("/v1/mobile/moi", app), 401, "jeton-invalide");

        String refresh = tokens.getString("refresh_token");
        JsonObject renewed = json(ok(post("/v1/mobile/jeton", "{\"refresh_token\":\"" + refresh + "\"}", app)));
        String renewedUser = "Bearer " + renewed.getString("access_token");
        ok(api.get("/v1/mobile/moi", renewedUser));
        assertProblem(
                post("/v1/mobile/jeton", "{\"refresh_token\":\"" + refresh + "\"}", app), 401, "connexion-refusee");
        assertProblem(api.get("/v1/mobile/moi", renewedUser), 401, "connexion-refusee");
        assertProblem(
                post("/v1/mobile/jeton", "{\"refresh_token\":\"" + renewed.getString("refresh_token") + "\"}", app),
                401,
                "connexion-refusee");

        JsonObject again = signedIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD, device);
        String againUser = "Bearer " + again.getString("access_token");
        ok(api.get("/v1/mobile/moi", againUser));
        MobileSessions.Device listed = asEmployer.call(() -> sessions.mine()).stream()
                .filter(candidate -> candidate.name().equals(device))
                .findFirst()
                .orElseThrow();
        asEmployer.call(() -> {
            sessions.close(listed.id());
            return null;
        });
        assertProblem(api.get("/v1/mobile/moi", againUser), 401, "connexion-refusee");
        assertFalse(asEmployer.call(() -> sessions.mine()).stream()
                .anyMatch(open -> open.name().equals(device)));

        JsonObject last = signedIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD, device);
        String lastUser = "Bearer " + last.getString("access_token");
        assertEquals(204, post("/v1/mobile/deconnexion", "", lastUser).statusCode());
        assertProblem(api.get("/v1/mobile/moi", lastUser), 401, "connexion-refusee");
    }

    @Test
    void anInsuredPersonReadsHisIndividualAccount() throws Exception {
        String user = "Bearer "
                + signedIn(DemoAccounts.INSURED.email(), DemoAccounts.PASSWORD, "Tablette")
                        .getString("access_token");
        JsonObject me = json(ok(api.get("/v1/mobile/moi", user)));
        assertEquals("ASSURE", me.getString("role"));
        assertFalse(me.containsKey("solde"));
        JsonObject account = json(ok(api.get("/v1/mobile/compte-individuel", user)));
        assertEquals(me.getString("numero"), account.getString("numero"));
        assertTrue(account.getInt("moisValides") > 0, account.toString());
        assertProblem(api.get("/v1/mobile/compte-cotisant", user), 403, "portee-insuffisante");
    }

    @Test
    void anAccountWithAnAuthenticatorAppSignsInInTwoSteps() throws Exception {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        String email = "mobile." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.tg";
        probe.apply(em -> {
            UserAccount account = new UserAccount(
                    new EmailAddress(email),
                    new PasswordHasher().hash(PASSWORD),
                    "Ama TEST",
                    Role.INSURED,
                    Instant.now());
            account.useAuthenticatorApp(cipher.encrypt(secret));
            em.persist(account);
            return null;
        });
        assertProblem(
                post("/v1/mobile/connexion", signInBody(email, "pas le bon", "Téléphone"), app),
                401,
                "connexion-refusee");

        JsonObject step = json(ok(post("/v1/mobile/connexion", signInBody(email, PASSWORD, "Téléphone"), app)));
        assertEquals("SECOND_FACTEUR", step.getString("etape"));
        assertEquals("APPLICATION", step.getString("methode"));
        String stepToken = step.getString("jetonEtape");
        long now = Totp.stepAt(Instant.now());
        String wrong = Totp.codeAt(secret, now + 5);
        assertProblem(post("/v1/mobile/connexion/code", codeBody(stepToken, wrong), app), 401, "connexion-refusee");
        assertProblem(
                post("/v1/mobile/connexion/code", codeBody("eyJfaux", Totp.codeAt(secret, now)), app),
                401,
                "connexion-refusee");
        JsonObject tokens =
                json(ok(post("/v1/mobile/connexion/code", codeBody(stepToken, Totp.codeAt(secret, now)), app)));
        assertEquals("CONNECTE", tokens.getString("etape"));
        assertProblem(api.get("/v1/mobile/moi", "Bearer " + stepToken), 401, "jeton-invalide");
    }

    @Test
    void staffAndCallsWithoutTheApplicationsTokenAreRefused() throws Exception {
        HttpResponse<String> agent = post(
                "/v1/mobile/connexion",
                signInBody(DemoAccounts.AGENT.email(), DemoAccounts.PASSWORD, "Téléphone"),
                app);
        assertProblem(agent, 401, "connexion-refusee");
        assertTrue(json(agent).getString("detail").contains("réservée aux employeurs et aux assurés"), agent.body());
        String body = signInBody(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD, "Téléphone");
        assertProblem(post("/v1/mobile/connexion", body, null), 401, "authentification-requise");
        String verifier = api.bearer(asAdmin.call(() -> clients.register(
                "Vérificateur " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.PUBLIC_BUYER,
                null,
                EnumSet.of(PartnerScope.VERIFICATION),
                600)));
        assertProblem(post("/v1/mobile/connexion", body, verifier), 403, "portee-insuffisante");
        assertProblem(post("/v1/mobile/connexion", "pas du JSON", app), 400, "requete-invalide");
        assertProblem(api.get("/v1/mobile/moi", null), 401, "authentification-requise");
    }

    // ---- helpers

    private JsonObject signedIn(String email, String password, String device) throws Exception {
        JsonObject tokens = json(ok(post("/v1/mobile/connexion", signInBody(email, password, device), app)));
        assertEquals("CONNECTE", tokens.getString("etape"), tokens.toString());
        return tokens;
    }

    private static String signInBody(String email, String password, String device) {
        return "{\"identifiant\":\"" + email + "\",\"motDePasse\":\"" + password + "\",\"appareil\":\"" + device
                + "\"}";
    }

    private static String codeBody(String stepToken, String code) {
        return "{\"jetonEtape\":\"" + stepToken + "\",\"code\":\"" + code + "\",\"appareil\":\"Téléphone\"}";
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PartnerApiCalls.BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return api.send(request);
    }
}
