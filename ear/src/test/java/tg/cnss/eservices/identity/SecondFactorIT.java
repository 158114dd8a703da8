package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.demo.boundary.DemoData;
import tg.cnss.eservices.identity.boundary.AccountSecurity;
import tg.cnss.eservices.identity.boundary.NewAppKey;
import tg.cnss.eservices.identity.boundary.SecondStep;
import tg.cnss.eservices.identity.boundary.SecondStepResult;
import tg.cnss.eservices.identity.boundary.SecondStepSignIns;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignInResult;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.boundary.UserAdministration;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.Totp;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.SecondFactor;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.PortalHttpClient;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsSecondFactorInsured;

/**
 * The second factor in the real server (quality.md): staff set up an app at their first sign-in
 * and cannot go further without it; each app code and recovery code serves once; wrong codes lock
 * the account like wrong passwords; employers and insured persons may choose SMS codes, which
 * expire after 10 minutes (the portal's clock moved forward) and are throttled; a password step
 * alone opens no protected page.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    private static final String PASSWORD = "Une phrase de passe pour le test";
    private static final Pattern SMS_CODE = Pattern.compile("code de (?:connexion|vérification) est (\\d{6})");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(SecondFactorIT.class, PortalHttpClient.class, DemoAccounts.class);
    }

    @Inject
    SignIns signIns;

    @Inject
    SecondStepSignIns secondSteps;

    @Inject
    AccountSecurity security;

    @Inject
    UserAdministration administration;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsSecondFactorInsured asInsured;

    @AfterEach
    void backToNow() {
        Clocks.shift(Duration.ZERO);
    }

    @Test
    void staffSetUpAnAppAtFirstSignInThenEachCodeServesOnce() {
        String email = "agent.2fa" + ThreadLocalRandom.current().nextInt(1_000_000) + "@cnss.tg";
        long id = probe.persist(staff(email)).getId();

        SignInResult first = signIns.signIn(email, PASSWORD, null);
        assertEquals(SignInOutcome.SECOND_STEP, first.outcome());
        assertEquals(SecondStep.TOTP_ENROLMENT, first.secondStep());
        NewAppKey key = secondSteps.newAppKey(email);
        assertTrue(
                key.keyUri()
                        .startsWith(
                                "otpauth://totp/CNSS%20Togo:" + email.replace("@", "%40") + "?secret=" + key.secret()),
                key.keyUri());
        byte[] secret = Base32.decode(key.secret());
        String code = Totp.codeAt(secret, Totp.stepAt(Instant.now()));

        SecondStepResult wrong = secondSteps.enrol(email, first.credentialsVersion(), key, otherThan(code), null);
        assertFalse(wrong.succeeded());
        assertTrue(wrong.message().startsWith("Code incorrect ou expiré"), wrong.message());
        SecondStepResult enrolled = secondSteps.enrol(email, first.credentialsVersion(), key, code, null);
        assertTrue(enrolled.succeeded(), enrolled.message());
        assertEquals(10, enrolled.newRecoveryCodes().size());
        assertTrue(
                probe.apply(em -> em.find(UserAccount.class, id))
                        .getTotpSecret()
                        .startsWith("v1:"),
                "clé chiffrée en base, jamais en clair");

        SignInResult second = signIns.signIn(email, PASSWORD, null);
        assertEquals(SecondStep.TOTP, second.secondStep());
        SecondStepResult replayed = secondSteps.verify(email, second.credentialsVersion(), code, null);
        assertFalse(replayed.succeeded(), "le même code ne sert pas deux fois");
        assertTrue(replayed.message().startsWith("Ce code a déjà servi"), replayed.message());

        String recovery = enrolled.newRecoveryCodes().get(3);
        SecondStepResult byRecovery =
                secondSteps.verify(email, second.credentialsVersion(), recovery.toLowerCase(), null);
        assertTrue(byRecovery.succeeded());
        assertTrue(byRecovery.message().contains("il vous en reste 9"), byRecovery.message());
        Eventually.await(
                "l'e-mail du code de secours",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(email, 5).stream()
                        .anyMatch(mail -> mail.getSubject().startsWith("Un code de secours a été utilisé")),
                sent -> sent);
        assertFalse(
                secondSteps
                        .verify(email, second.credentialsVersion(), recovery, null)
                        .succeeded(),
                "code de secours usé");

        String next = Totp.codeAt(secret, Totp.stepAt(Instant.now()) + 1);
        assertTrue(
                secondSteps
                        .verify(email, second.credentialsVersion(), next, null)
                        .succeeded(),
                "le code suivant (horloge du téléphone en avance de 30 s) est accepté");

        asAdmin.call(() -> {
            administration.resetSecondFactor(id);
            return null;
        });
        assertEquals(
                SecondStep.TOTP_ENROLMENT,
                signIns.signIn(email, PASSWORD, null).secondStep(),
                "après la perte du téléphone, une nouvelle application à la connexion suivante");
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        String email = "agent.verrou" + ThreadLocalRandom.current().nextInt(1_000_000) + "@cnss.tg";
        probe.persist(staff(email));
        SignInResult first = signIns.signIn(email, PASSWORD, null);
        NewAppKey key = secondSteps.newAppKey(email);
        String code = Totp.codeAt(Base32.decode(key.secret()), Totp.stepAt(Instant.now()));
        SecondStepResult last = null;
        for (int i = 0; i < 5; i++) {
            last = secondSteps.enrol(email, first.credentialsVersion(), key, otherThan(code), null);
        }
        assertTrue(last.startAgain());
        assertTrue(last.message().startsWith("Trop d'essais erronés"), last.message());
        assertEquals(SignInOutcome.LOCKED, signIns.signIn(email, PASSWORD, null).outcome());
        assertFalse(
                secondSteps
                        .enrol(email, first.credentialsVersion(), key, code, null)
                        .succeeded(),
                "même le bon code est refusé pendant le blocage");
    }

    @Test
    void aPasswordAloneOpensNoStaffPage() {
        PortalHttpClient client = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        var afterPassword = client.postSignInForm(DemoAccounts.AGENT.email(), DemoAccounts.PASSWORD, null);
        assertTrue(afterPassword.headers().firstValue("Location").orElse("").endsWith("/connexion-verification.xhtml"));
        var agentSpace = client.get("/agent/");
        assertEquals(302, agentSpace.statusCode());
        assertTrue(agentSpace.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml"));

        String page = client.get("/connexion-verification.xhtml").body();
        Matcher shown = Pattern.compile("id=\"codeDemo\">(\\d{6})<").matcher(page);
        assertTrue(shown.find(), "le mode démonstration montre le code des comptes de démonstration");
        byte[] published = Base32.decode(DemoData.DEMO_TOTP_KEY);
        long step = Totp.stepAt(Instant.now());
        assertTrue(
                List.of(
                                Totp.codeAt(published, step - 1),
                                Totp.codeAt(published, step),
                                Totp.codeAt(published, step + 1))
                        .contains(shown.group(1)),
                "celui qu'une application calcule avec la clé publiée");
    }

    /** Security review, low findings: a signed-in user changes the password; the other sessions end. */
    @Test
    void aSignedInPersonChangesThePasswordAndOtherSessionsEnd() {
        resetInsured(
                "+22899" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        PortalHttpClient otherSession = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        otherSession.signIn(AsSecondFactorInsured.EMAIL, PASSWORD);
        assertEquals(200, otherSession.get("/assure/").statusCode());

        InvalidFormException wrongCurrent = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> {
                    security.changePassword("pas le mot de passe", "Une nouvelle phrase bien longue", "x");
                    return null;
                }));
        assertEquals(
                "Mot de passe actuel : il ne correspond pas à celui de votre compte.",
                wrongCurrent.errors().get("motDePasseActuel"));
        InvalidFormException weak = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> {
                    security.changePassword(PASSWORD, "court", "autre");
                    return null;
                }));
        assertTrue(weak.errors().get("nouveauMotDePasse").contains("12 caractères au moins"));
        assertTrue(weak.errors().containsKey("confirmationMotDePasse"));
        String chosen = "Une nouvelle phrase bien longue";
        asInsured.call(() -> {
            security.changePassword(PASSWORD, chosen, chosen);
            return null;
        });
        assertEquals(302, otherSession.get("/assure/").statusCode(), "the other session is closed");
        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(AsSecondFactorInsured.EMAIL, PASSWORD, null).outcome());
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(AsSecondFactorInsured.EMAIL, chosen, null).outcome());
    }

    @Test
    void anInsuredPersonChoosesSmsCodesThenTurnsThemOff() {
        String phone =
                "+22899" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        resetInsured(phone);
        assertEquals(SecondFactor.NONE, asInsured.call(security::mine).factor());
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(AsSecondFactorInsured.EMAIL, PASSWORD, null).outcome());

        assertTrue(asInsured.call(security::sendSmsSetupCode).contains("+228 99 •• •• " + phone.substring(10)));
        InvalidFormException tooSoon =
                assertThrows(InvalidFormException.class, () -> asInsured.call(security::sendSmsSetupCode));
        assertTrue(tooSoon.errors().get("codeSms").contains("dans 1 minute(s)"), tooSoon.getMessage());
        String setUpCode = awaitSmsCode(phone, 1);
        assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> security.useSms(otherThan(setUpCode), PASSWORD)));
        InvalidFormException firstWithoutPassword =
                assertThrows(InvalidFormException.class, () -> asInsured.call(() -> security.useSms(setUpCode, null)));
        assertEquals(
                "Mot de passe actuel : saisissez-le pour confirmer ce changement.",
                firstWithoutPassword.errors().get("motDePasseSms"),
                "même un premier facteur demande le mot de passe");
        assertEquals(
                10, asInsured.call(() -> security.useSms(setUpCode, PASSWORD)).size());
        assertEquals(SecondFactor.SMS, asInsured.call(security::mine).factor());
        NewAppKey otherApp = asInsured.call(security::newAppKey);
        String otherAppCode = Totp.codeAt(Base32.decode(otherApp.secret()), Totp.stepAt(Instant.now()));
        InvalidFormException wrongPasswordForApp = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> security.useApp(otherApp, otherAppCode, "pas le mot de passe")));
        assertEquals(
                "Mot de passe actuel : il ne correspond pas à celui de votre compte.",
                wrongPasswordForApp.errors().get("motDePasseApplication"),
                "remplacer un facteur en place demande le mot de passe");
        assertEquals(
                1,
                probe.apply(em -> em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                                .setParameter("email", AsSecondFactorInsured.EMAIL)
                                .getSingleResult())
                        .getFailedSignIns(),
                "un mot de passe erroné dans « Sécurité du compte » compte pour le blocage");

        Clocks.shift(Duration.ofMinutes(2));
        SignInResult signIn = signIns.signIn(AsSecondFactorInsured.EMAIL, PASSWORD, null);
        assertEquals(SecondStep.SMS, signIn.secondStep());
        assertTrue(secondSteps
                .sendSmsCode(AsSecondFactorInsured.EMAIL, signIn.credentialsVersion())
                .startsWith("Un code a été envoyé par SMS au +228 99"));
        String code = awaitSmsCode(phone, 2);
        assertTrue(secondSteps
                .verify(AsSecondFactorInsured.EMAIL, signIn.credentialsVersion(), code, null)
                .succeeded());
        assertFalse(
                secondSteps
                        .verify(AsSecondFactorInsured.EMAIL, signIn.credentialsVersion(), code, null)
                        .succeeded(),
                "un code par SMS ne sert qu'une fois");

        Clocks.shift(Duration.ofMinutes(4));
        secondSteps.sendSmsCode(AsSecondFactorInsured.EMAIL, signIn.credentialsVersion());
        String late = awaitSmsCode(phone, 3);
        Clocks.shift(Duration.ofMinutes(14).plusSeconds(1));
        SecondStepResult expired =
                secondSteps.verify(AsSecondFactorInsured.EMAIL, signIn.credentialsVersion(), late, null);
        assertFalse(expired.succeeded(), "valide 10 minutes");

        InvalidFormException wrongPassword = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> {
                    security.turnOff("pas le bon");
                    return null;
                }));
        assertEquals(
                "Mot de passe actuel : il ne correspond pas à celui de votre compte.",
                wrongPassword.errors().get("motDePasseDesactivation"));
        asInsured.call(() -> {
            security.turnOff(PASSWORD);
            return null;
        });
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(AsSecondFactorInsured.EMAIL, PASSWORD, null).outcome());
    }

    private static UserAccount staff(String email) {
        UserAccount account = new UserAccount(
                new EmailAddress(email), new PasswordHasher().hash(PASSWORD), "Agent TEST", Role.AGENT, Instant.now());
        account.assignToDepartment("PRESTATIONS");
        return account;
    }

    /** The acting insured person's account, made or put back as new: no second factor, this phone. */
    private void resetInsured(String phone) {
        String hash = new PasswordHasher().hash(PASSWORD);
        probe.apply(em -> {
            UserAccount account = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                    .setParameter("email", AsSecondFactorInsured.EMAIL)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (account == null) {
                account = new UserAccount(
                        new EmailAddress(AsSecondFactorInsured.EMAIL), hash, "Adjo TEST", Role.INSURED, Instant.now());
                em.persist(account);
            }
            em.createQuery("DELETE FROM OneTimeCode c WHERE c.account = :account")
                    .setParameter("account", account)
                    .executeUpdate();
            account.changePassword(hash, Instant.now());
            account.removeSecondFactor();
            account.recordSuccessfulSignIn(Instant.now());
            account.changePhone(PhoneNumber.parse(phone));
            return null;
        });
    }

    /** The code of the {@code nth} SMS sent to this number. */
    private String awaitSmsCode(String phone, int nth) {
        return Eventually.await(
                "le SMS n° " + nth,
                Duration.ofSeconds(30),
                () -> {
                    var messages = demoMailbox.latestTo(phone, 10);
                    if (messages.size() < nth) {
                        return null;
                    }
                    Matcher code = SMS_CODE.matcher(messages.get(0).getBody());
                    return code.find() ? code.group(1) : null;
                },
                found -> found != null);
    }

    private static String otherThan(String code) {
        return "000000".equals(code) ? "111111" : "000000";
    }
}
