package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.CodeCheckResult;
import tg.cnss.eservices.identity.boundary.ImportReport;
import tg.cnss.eservices.identity.boundary.LegacyAccountClaims;
import tg.cnss.eservices.identity.boundary.LegacyAccountImport;
import tg.cnss.eservices.identity.boundary.LegacyClaimClosedException;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignInResult;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;

/**
 * The old site's accounts: imported from a CSV with each bad line reported, then their owners sign
 * in with their old password, which is re-hashed with the portal's scheme at that first sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class LegacyAccountImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(LegacyAccountImportIT.class);
    }

    @Inject
    LegacyAccountImport importer;

    @Inject
    SignIns signIns;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsAdmin asAdmin;

    @Inject
    LegacyAccountClaims claims;

    @Inject
    DemoMailbox demoMailbox;

    private static final Pattern CLAIM_CODE = Pattern.compile("adresse e-mail » :\\s+(\\d{6})");

    @Test
    void goodLinesBecomeAccountsWhoseOldPasswordsWorkOnceAndAreUpgraded() throws Exception {
        int unique = ThreadLocalRandom.current().nextInt(1_000_000);
        String insuredEmail = "ancien.assure" + unique + "@exemple.tg";
        String employerEmail = "ancien.employeur" + unique + "@exemple.tg";
        InsuredNumber insured = new InsuredNumber(ThreadLocalRandom.current().nextLong(5_000_000_000L, 5_999_999_999L));
        EmployerNumber employer = new EmployerNumber(ThreadLocalRandom.current().nextLong(50_000_000L, 59_999_999L));
        String bcrypt = BCrypt.withDefaults()
                .hashToString(6, "ancien mot de passe".toCharArray())
                .replace("$2a$", "$2y$");
        String sha = "sha256:s3l:"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest("s3lLomé2019".getBytes(StandardCharsets.UTF_8)));
        String csv = String.join(
                "\n",
                "\uFEFFemail;type;numero;empreinte",
                insuredEmail + ";ASSURE;" + insured.display() + ";" + bcrypt,
                employerEmail + ";employeur;" + employer.display() + ";" + sha,
                "pas-un-email;ASSURE;" + insured.display() + ";" + bcrypt,
                "autre" + unique + "@exemple.tg;PILOTE;" + insured.display() + ";" + bcrypt,
                "cle" + unique + "@exemple.tg;ASSURE;1234567890-00;" + bcrypt,
                "clair" + unique + "@exemple.tg;ASSURE;" + new InsuredNumber(insured.sequence() + 1).display()
                        + ";motdepasse",
                insuredEmail + ";ASSURE;" + new InsuredNumber(insured.sequence() + 2).display() + ";" + bcrypt,
                "trois;champs;seulement",
                "");

        ImportReport report = asAdmin.call(() -> importer.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, report.imported());
        assertEquals(
                List.of(4, 5, 6, 7, 8, 9),
                report.refused().stream()
                        .map(ImportReport.RefusedLine::lineNumber)
                        .toList());
        assertEquals(
                "Type « PILOTE » inconnu : EMPLOYEUR ou ASSURE.",
                report.refused().get(1).reason());
        assertTrue(report.refused().get(4).reason().startsWith("Un compte utilise déjà l'adresse"));

        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(insuredEmail, "mauvais", null).outcome());
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(insuredEmail, "ancien mot de passe", null).outcome());
        assertTrue(hashOf(insuredEmail).startsWith("pbkdf2-sha256$"), "empreinte remplacée à la première connexion");
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(insuredEmail, "ancien mot de passe", null).outcome());
        assertTrue(
                hashOf(employerEmail).startsWith("legacy-sha256:")
                        && !hashOf(employerEmail).contains(sha.substring(11)),
                "the SHA-256 digest is kept wrapped in PBKDF2, never as it came");
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(employerEmail, "Lomé2019", null).outcome());
        assertTrue(hashOf(employerEmail).startsWith("pbkdf2-sha256$"));
    }

    @Test
    void anOldSiteUserNameAddsAndVerifiesAnEmailOnceThenSignsInWithEither() throws Exception {
        int unique = ThreadLocalRandom.current().nextInt(1_000_000);
        String username = "KMelomey" + unique;
        EmployerNumber employer = new EmployerNumber(ThreadLocalRandom.current().nextLong(50_000_000L, 59_999_999L));
        String md5 = "md5:grain:"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance("MD5")
                                .digest("grainKara2018".getBytes(StandardCharsets.UTF_8)));
        String csv = String.join(
                "\n",
                "identifiant;type;numero;empreinte",
                username + ";EMPLOYEUR;" + employer.display() + ";" + md5,
                username.toLowerCase() + ";EMPLOYEUR;" + new EmployerNumber(employer.sequence() + 1).display() + ";"
                        + md5,
                "nom avec espaces;ASSURE;1000000001-90;" + md5);
        ImportReport report = asAdmin.call(() -> importer.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, report.imported());
        assertTrue(report.refused().get(0).reason().startsWith("Un compte utilise déjà l'identifiant"));
        assertTrue(report.refused().get(1).reason().startsWith("Identifiant invalide"));

        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(username, "mauvais", null).outcome());
        SignInResult first = signIns.signIn(username.toUpperCase(), "Kara2018", null);
        assertEquals(SignInOutcome.EMAIL_REQUIRED, first.outcome(), "a name opens no space before its e-mail");
        assertEquals(null, first.email());
        String token = first.claimToken();
        assertEquals(username.toLowerCase(), claims.view(token).username());

        assertEquals(
                "email",
                assertThrows(InvalidFormException.class, () -> claims.sendCode(token, "pas-une-adresse"))
                        .errors()
                        .keySet()
                        .iterator()
                        .next());
        assertTrue(assertThrows(InvalidFormException.class, () -> claims.sendCode(token, "employeur@demo.cnss.tg"))
                .getMessage()
                .contains("un compte utilise déjà cette adresse"));
        String email = "kmelomey" + unique + "@exemple.tg";
        claims.sendCode(token, email);
        assertTrue(claims.view(token).codeSent());
        assertTrue(assertThrows(InvalidFormException.class, () -> claims.sendCode(token, email))
                .getMessage()
                .startsWith("Un code vient d'être envoyé"));
        String code = Eventually.await(
                "le code par e-mail",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(email, 1).stream()
                        .map(mail -> CLAIM_CODE.matcher(mail.getBody()))
                        .filter(Matcher::find)
                        .map(matcher -> matcher.group(1))
                        .findFirst()
                        .orElse(null),
                found -> found != null);
        String wrong = code.equals("000000") ? "111111" : "000000";
        CodeCheckResult refused = claims.confirm(token, wrong);
        assertFalse(refused.accepted());
        assertTrue(refused.message().contains("il vous reste 4 essai(s)"), refused.message());
        assertTrue(claims.confirm(token, code).accepted());

        SignInResult byName = signIns.signIn(username, "Kara2018", null);
        assertEquals(SignInOutcome.SUCCESS, byName.outcome());
        assertEquals(email, byName.email(), "the session is the account's, known by its e-mail");
        assertEquals(
                SignInOutcome.SUCCESS, signIns.signIn(email, "Kara2018", null).outcome());
        assertThrows(LegacyClaimClosedException.class, () -> claims.view(token), "the claim serves once");
        assertEquals(0L, (long) probe.apply(
                em -> em.createQuery("SELECT COUNT(c) FROM LegacyCredential c WHERE c.username = :name", Long.class)
                        .setParameter("name", username.toLowerCase())
                        .getSingleResult()));
    }

    @Test
    void wrongPasswordsLockAnOldSiteUserNameAsTheyLockAnAccount() throws Exception {
        int unique = ThreadLocalRandom.current().nextInt(1_000_000);
        String username = "ancien_" + unique;
        InsuredNumber insured = new InsuredNumber(ThreadLocalRandom.current().nextLong(5_000_000_000L, 5_999_999_999L));
        String bcrypt = BCrypt.withDefaults().hashToString(6, "ancien mot de passe".toCharArray());
        asAdmin.call(() -> importer.importCsv(
                (username + ";ASSURE;" + insured.display() + ";" + bcrypt).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    SignInOutcome.INVALID_CREDENTIALS,
                    signIns.signIn(username, "faux " + i, null).outcome());
        }
        assertEquals(
                SignInOutcome.LOCKED,
                signIns.signIn(username, "ancien mot de passe", null).outcome());
    }

    private String hashOf(String email) {
        return probe.apply(em -> em.createQuery("SELECT a FROM UserAccount a WHERE a.email = :e", UserAccount.class)
                .setParameter("e", email)
                .getSingleResult()
                .getPasswordHash());
    }
}
