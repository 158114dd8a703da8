package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.AdminAccountRow;
import tg.cnss.eservices.identity.boundary.PasswordResets;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.boundary.UserAdministration;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsRelationsAgent;

/**
 * The administrators' "Utilisateurs" in the real server: a new agent chooses a password through
 * the welcome link, gets a role and department, is closed then reopened; administrators cannot
 * touch their own account nor give an employer a staff role; agents cannot administer.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final Pattern LINK = Pattern.compile("nouveau-mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Phrase de passe de l'agent test";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(UserAdministrationIT.class);
    }

    @Inject
    UserAdministration administration;

    @Inject
    PasswordResets resets;

    @Inject
    SignIns signIns;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsRelationsAgent asAgent;

    @Test
    void aNewAgentChoosesAPasswordThenIsMovedClosedAndReopened() {
        String email = "agent" + ThreadLocalRandom.current().nextInt(1_000_000) + "@cnss.tg";
        asAdmin.call(() -> {
            administration.createStaff(email, "Kafui ADJO", Role.AGENT, "PRESTATIONS");
            return null;
        });
        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(email, PASSWORD, null).outcome());

        String token = Eventually.await(
                "le lien de bienvenue",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(email, 5).stream()
                        .map(mail -> LINK.matcher(mail.getBody()))
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElse(null),
                found -> found != null);
        resets.choose(token, PASSWORD, PASSWORD);
        var afterWelcome = signIns.signIn(email, PASSWORD, null);
        assertEquals(SignInOutcome.SECOND_STEP, afterWelcome.outcome(), "le mot de passe est juste...");
        assertEquals(
                tg.cnss.eservices.identity.boundary.SecondStep.TOTP_ENROLMENT,
                afterWelcome.secondStep(),
                "... et le personnel configure son application avant d'aller plus loin");

        AdminAccountRow row =
                asAdmin.call(() -> administration.search(email, null)).get(0);
        assertEquals("PRESTATIONS", row.departmentCode());
        asAdmin.call(() -> {
            administration.changeStaffRole(row.id(), Role.SUPERVISOR, "RELATIONS_USAGERS");
            return null;
        });
        AdminAccountRow moved = asAdmin.call(() -> administration.search(email, Role.SUPERVISOR))
                .get(0);
        assertEquals("RELATIONS_USAGERS", moved.departmentCode());
        assertThrows(
                InvalidFormException.class,
                () -> asAdmin.call(() -> {
                    administration.changeStaffRole(row.id(), Role.AGENT, null);
                    return null;
                }),
                "un agent a un département");

        asAdmin.call(() -> {
            administration.close(row.id());
            return null;
        });
        assertEquals(
                SignInOutcome.DISABLED, signIns.signIn(email, PASSWORD, null).outcome());
        assertFalse(
                asAdmin.call(() -> administration.search(email, null)).get(0).enabled());
        asAdmin.call(() -> {
            administration.reopen(row.id());
            return null;
        });
        assertEquals(
                SignInOutcome.SECOND_STEP, signIns.signIn(email, PASSWORD, null).outcome());
    }

    @Test
    void administratorsKeepTheirOwnAccountAndRegistryRolesStayTheirs() {
        AdminAccountRow self = asAdmin.call(() -> administration.search("admin@demo.cnss.tg", null))
                .get(0);
        assertTrue(assertThrows(
                        InvalidFormException.class,
                        () -> asAdmin.call(() -> {
                            administration.close(self.id());
                            return null;
                        }))
                .getMessage()
                .contains("votre propre compte"));
        AdminAccountRow employer = asAdmin.call(() -> administration.search("employeur@demo.cnss.tg", null))
                .get(0);
        assertThrows(
                InvalidFormException.class,
                () -> asAdmin.call(() -> {
                    administration.changeStaffRole(employer.id(), Role.AGENT, "RECOUVREMENT");
                    return null;
                }));
        assertEquals(
                Role.EMPLOYER,
                asAdmin.call(() -> administration.search("employeur@demo.cnss.tg", null))
                        .get(0)
                        .role());
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> administration.search("", null)));
        assertTrue(asAdmin.call(() -> administration.search("%", null)).isEmpty(), "% cherché tel quel");
    }
}
