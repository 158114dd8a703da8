package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.UserAdministration;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.Totp;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.PortalHttpClient;
import tg.cnss.eservices.testing.acting.AsAdmin;

/**
 * Security review, findings 1 and 4, over HTTP with sessions opened through the real sign-in
 * pages (staff with a code computed from their app key): a session ends at its next page when its
 * account is closed, its role or department changes or its second factor is removed, and after 12
 * hours whatever it did; 20 wrong passwords sent at once are all counted, all answered in French,
 * and lock the account.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    private static final String PASSWORD = "Phrase de passe des sessions";
    private static final URI PORTAL = URI.create("http://127.0.0.1:8080/");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(SessionSecurityIT.class, PortalHttpClient.class);
    }

    @Inject
    UserAdministration administration;

    @Inject
    AsAdmin asAdmin;

    @Inject
    PersistenceProbe probe;

    @Inject
    DataCipher cipher;

    @AfterEach
    void backToNow() {
        Clocks.shift(Duration.ZERO);
    }

    @Test
    void aClosedAccountsOpenSessionGetsTheSignInPageAtItsNextClick() {
        UserAccount account = newInsured();
        PortalHttpClient session = signedIn(account.getEmail().value());
        assertEquals(200, session.get("/compte/securite.xhtml").statusCode());

        asAdmin.call(() -> {
            administration.close(account.getId());
            return null;
        });

        assertClosed(session.get("/assure/"));
        assertEquals(302, session.get("/compte/securite.xhtml").statusCode(), "la session est bien finie");
    }

    @Test
    void aDemotedSupervisorLosesSupervisionAtOnce() {
        byte[] key = Totp.newSecret();
        UserAccount supervisor = newStaff(Role.SUPERVISOR, key);
        PortalHttpClient session = signedIn(supervisor.getEmail().value(), key);
        assertEquals(200, session.get("/agent/supervision/lettres-mortes.xhtml").statusCode());

        asAdmin.call(() -> {
            administration.changeStaffRole(supervisor.getId(), Role.AGENT, "RELATIONS_USAGERS");
            return null;
        });

        assertClosed(session.get("/agent/supervision/lettres-mortes.xhtml"));
        PortalHttpClient again = signedIn(supervisor.getEmail().value(), key);
        assertEquals(200, again.get("/agent/").statusCode(), "signed in again as an agent");
        assertEquals(403, again.get("/agent/supervision/lettres-mortes.xhtml").statusCode());
    }

    @Test
    void anAgentMovedToAnotherDepartmentOrWhoseAppWasRemovedMustSignInAgain() {
        byte[] key = Totp.newSecret();
        UserAccount agent = newStaff(Role.AGENT, key);
        PortalHttpClient session = signedIn(agent.getEmail().value(), key);
        asAdmin.call(() -> {
            administration.changeStaffRole(agent.getId(), Role.AGENT, "RECOUVREMENT");
            return null;
        });
        assertClosed(session.get("/agent/corbeille.xhtml"));

        PortalHttpClient other = signedIn(agent.getEmail().value(), key);
        assertEquals(200, other.get("/agent/corbeille.xhtml").statusCode());
        asAdmin.call(() -> {
            administration.resetSecondFactor(agent.getId());
            return null;
        });
        assertClosed(other.get("/agent/corbeille.xhtml"));
    }

    /** Finding 6: pages showing an app key or recovery codes are never kept by a browser or proxy. */
    @Test
    void pagesShowingAnAppKeyOrRecoveryCodesAreNotStored() {
        UserAccount newcomer = newStaff(Role.AGENT, null);
        PortalHttpClient enrolment = new PortalHttpClient(PORTAL);
        HttpResponse<String> password =
                enrolment.postSignInForm(newcomer.getEmail().value(), PASSWORD, null);
        assertTrue(password.headers().firstValue("Location").orElse("").endsWith("/connexion-application.xhtml"));
        HttpResponse<String> keyPage = enrolment.get("/connexion-application.xhtml");
        assertEquals(200, keyPage.statusCode());
        assertTrue(keyPage.body().contains("id=\"cle\""), "la clé est affichée");
        assertEquals("no-store", keyPage.headers().firstValue("Cache-Control").orElse(""));

        UserAccount insured = newInsured();
        PortalHttpClient session = signedIn(insured.getEmail().value());
        for (String page : List.of("/compte/securite.xhtml", "/compte/codes-de-secours.xhtml")) {
            HttpResponse<String> response = session.get(page);
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(""), page);
        }
    }

    @Test
    void aSessionEndsAfterTwelveHoursHoweverActive() {
        UserAccount account = newInsured();
        PortalHttpClient session = signedIn(account.getEmail().value());
        Clocks.shift(Duration.ofHours(11).plusMinutes(59));
        assertEquals(200, session.get("/assure/").statusCode(), "still open just before 12 hours");
        Clocks.shift(Duration.ofHours(12));
        assertClosed(session.get("/assure/"));
    }

    @Test
    void twentyParallelWrongPasswordsAreAllCountedAndLockTheAccount() throws Exception {
        byte[] key = Totp.newSecret();
        UserAccount agent = newStaff(Role.AGENT, key);
        String email = agent.getEmail().value();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String wrong = "Mauvaise phrase numéro " + i;
                answers.add(pool.submit(() -> {
                    PortalHttpClient client = new PortalHttpClient(PORTAL);
                    client.get("/connexion.xhtml");
                    start.await();
                    return client.postSignInForm(email, wrong, null);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
                assertEquals(200, response.statusCode(), "jamais la page d'erreur");
                // A locked account gets the same answer (the owner is told by e-mail).
                assertTrue(
                        response.body().contains("Identifiant ou mot de passe incorrect."), "le message en français");
            }
        } finally {
            pool.shutdownNow();
        }
        long counted = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :who AND a.action IN"
                                + " (tg.cnss.eservices.platform.entity.AuditAction.SIGN_IN_FAILED,"
                                + " tg.cnss.eservices.platform.entity.AuditAction.SIGN_IN_WHILE_LOCKED)",
                        Long.class)
                .setParameter("who", email)
                .getSingleResult());
        assertEquals(20, counted, "every guess is counted or refused as locked, none lost");
        UserAccount stored = probe.apply(em -> em.find(UserAccount.class, agent.getId()));
        assertTrue(stored.isLockedAt(Instant.now()), "the account is locked");

        HttpResponse<String> rightPassword = new PortalHttpClient(PORTAL).postSignInForm(email, PASSWORD, null);
        assertEquals(200, rightPassword.statusCode(), "the right password does not reach the second step");
        assertTrue(rightPassword.body().contains("Identifiant ou mot de passe incorrect."));
    }

    private static void assertClosed(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), "la session fermée mène à la connexion");
        assertTrue(
                response.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml?sessionFermee=1"),
                response.headers().firstValue("Location").orElse("(pas de Location)"));
    }

    private static PortalHttpClient signedIn(String email) {
        PortalHttpClient client = new PortalHttpClient(PORTAL);
        assertEquals(302, client.signIn(email, PASSWORD).statusCode(), "sign-in of " + email);
        return client;
    }

    /** Signs a staff member in with the code their app would show now (each code serves once). */
    private static PortalHttpClient signedIn(String email, byte[] key) {
        PortalHttpClient client = new PortalHttpClient(PORTAL);
        HttpResponse<String> response = client.signIn(email, PASSWORD, () -> unusedCode(key));
        assertEquals(302, response.statusCode(), "sign-in of " + email);
        return client;
    }

    private static final java.util.Map<String, Long> LAST_STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A code the key's app shows now or next (a step whose code served is refused; the portal
     * accepts the next step's code too, for a phone slightly ahead), waiting when both served.
     */
    private static String unusedCode(byte[] key) {
        String id = java.util.HexFormat.of().formatHex(key);
        long step;
        while (true) {
            long now = Totp.stepAt(Instant.now());
            step = Math.max(now, LAST_STEPS.getOrDefault(id, -1L) + 1);
            if (step <= now + 1) {
                break;
            }
            pause();
        }
        LAST_STEPS.put(id, step);
        return Totp.codeAt(key, step);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private UserAccount newInsured() {
        return probe.persist(new UserAccount(
                new EmailAddress("session" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg"),
                new PasswordHasher().hash(PASSWORD),
                "Akou TEST",
                Role.INSURED,
                Instant.now()));
    }

    private UserAccount newStaff(Role role, byte[] key) {
        UserAccount account = new UserAccount(
                new EmailAddress("staff" + ThreadLocalRandom.current().nextInt(1_000_000) + "@cnss.tg"),
                new PasswordHasher().hash(PASSWORD),
                "Komi TEST",
                Role.AGENT,
                Instant.now());
        account.changeStaffRole(role, "RELATIONS_USAGERS");
        if (key != null) {
            account.useAuthenticatorApp(cipher.encrypt(key));
        }
        return probe.persist(account);
    }
}
