package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.ImportReport;
import tg.cnss.eservices.identity.boundary.LegacyAccountImport;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
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

    private String hashOf(String email) {
        return probe.apply(em -> em.createQuery("SELECT a FROM UserAccount a WHERE a.email = :e", UserAccount.class)
                .setParameter("e", email)
                .getSingleResult()
                .getPasswordHash());
    }
}
