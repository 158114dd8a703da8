package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.PasswordResets;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.PortalHttpClient;

/**
 * "Mot de passe oublié ?" in the real server: the link by e-mail, valid 30 minutes (the portal's
 * clock moved forward), single use; nothing sent for an unknown address; the new password closes
 * the sessions opened before it (checked over HTTP against the running portal).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("nouveau-mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_-]+)");
    private static final String OLD = "Ancienne phrase de passe du test";
    private static final String NEW = "Nouvelle phrase de passe du test";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(PasswordResetIT.class, PortalHttpClient.class);
    }

    @Inject
    PasswordResets resets;

    @Inject
    SignIns signIns;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @AfterEach
    void backToNow() {
        Clocks.shift(Duration.ZERO);
    }

    @Test
    void aLinkSetsANewPasswordOnceAndClosesOlderSessions() {
        String email = newAccount();
        PortalHttpClient earlierSession = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        earlierSession.signIn(email, OLD);
        assertEquals(200, earlierSession.get("/assure/").statusCode());

        resets.request(email.toUpperCase());
        String token = awaitToken(email);
        assertTrue(resets.isUsable(token));
        InvalidFormException weak =
                assertThrows(InvalidFormException.class, () -> resets.choose(token, "court", "court"));
        assertTrue(weak.errors().get("motDePasse").contains("12 caractères au moins"));
        resets.choose(token, NEW, NEW);

        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(email, OLD, null).outcome());
        assertEquals(SignInOutcome.SUCCESS, signIns.signIn(email, NEW, null).outcome());
        assertFalse(resets.isUsable(token), "un seul usage");
        assertThrows(
                InvalidFormException.class,
                () -> resets.choose(token, "Encore une autre phrase", "Encore une autre phrase"));

        var afterChange = earlierSession.get("/assure/");
        assertEquals(302, afterChange.statusCode(), "la session ouverte avant le changement est fermée");
        assertTrue(
                afterChange.headers().firstValue("Location").orElse("").contains("/connexion.xhtml?sessionFermee=1"));
        PortalHttpClient newSession = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        newSession.signIn(email, NEW);
        assertEquals(200, newSession.get("/assure/").statusCode());
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        String email = newAccount();
        resets.request(email);
        String token = awaitToken(email);
        Clocks.shift(Duration.ofMinutes(30).plusSeconds(1));
        assertFalse(resets.isUsable(token));
        assertTrue(assertThrows(InvalidFormException.class, () -> resets.choose(token, NEW, NEW))
                .errors()
                .get("motDePasse")
                .startsWith("Ce lien n'est plus valable"));
    }

    @Test
    void noMoreThanThreeLinksAnHourReachAnAccount() {
        String email = newAccount();
        for (int i = 0; i < 5; i++) {
            resets.request(email);
        }
        Eventually.await(
                "les demandes tracées",
                Duration.ofSeconds(20),
                () -> probe.apply(em -> em.createQuery(
                                "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :who AND a.action ="
                                        + " tg.cnss.eservices.platform.entity.AuditAction.PASSWORD_RESET_REQUESTED",
                                Long.class)
                        .setParameter("who", email)
                        .getSingleResult()),
                count -> count == 5);
        long links = probe.apply(
                em -> em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.account.email = :e", Long.class)
                        .setParameter("e", email)
                        .getSingleResult());
        assertEquals(3, links);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws InterruptedException {
        String unknown = "personne" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg";
        resets.request(unknown);
        Eventually.await(
                "la demande tracée",
                Duration.ofSeconds(20),
                () -> probe.apply(em -> em.createQuery(
                                "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :who AND a.outcome = 'IGNORE'",
                                Long.class)
                        .setParameter("who", unknown)
                        .getSingleResult()),
                count -> count == 1);
        Thread.sleep(1_000);
        assertTrue(demoMailbox.latestTo(unknown, 5).isEmpty());
    }

    private String newAccount() {
        String email = "oubli" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg";
        probe.persist(new UserAccount(
                new EmailAddress(email), new PasswordHasher().hash(OLD), "Ama TEST", Role.INSURED, Instant.now()));
        return email;
    }

    private String awaitToken(String email) {
        return Eventually.await(
                "le lien par e-mail",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(email, 5).stream()
                        .map(mail -> LINK.matcher(mail.getBody()))
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElse(null),
                token -> token != null);
    }
}
