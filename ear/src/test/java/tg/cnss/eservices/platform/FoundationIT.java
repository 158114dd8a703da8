package tg.cnss.eservices.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.Accounts;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.entity.OutboundMessage;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.platform.entity.AuditEvent;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.Prefecture;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.worklist.boundary.Departments;

/**
 * The foundation inside the real server: schema and reference data from the migrations,
 * EclipseLink as the provider, a JMS message through the broker to the message-driven bean, the
 * sign-in rules with their lockout and audit, and role checks on the EJBs.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    private static final Duration JMS_TIMEOUT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(FoundationIT.class);
    }

    @Inject
    PersistenceProbe probe;

    @Inject
    ReferenceData referenceData;

    @Inject
    Departments departments;

    @Inject
    Notifications notifications;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    SignIns signIns;

    @Inject
    Accounts accounts;

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertTrue(probe.providerClassName().startsWith("org.eclipse.persistence."), probe.providerClassName());
    }

    @Test
    void migrationsLoadTheGeographyOfTogo() {
        List<Prefecture> prefectures = referenceData.prefectures();
        assertEquals(39, prefectures.size());
        assertEquals(
                6,
                prefectures.stream()
                        .map(p -> p.getRegion().getCode())
                        .distinct()
                        .count());
        Prefecture zio = prefectures.stream()
                .filter(p -> p.getCode().equals("ZIO"))
                .findFirst()
                .orElseThrow();
        assertEquals("Tsévié", zio.getChefLieu());
        assertEquals("Maritime", zio.getRegion().getName());
        assertEquals(
                List.of("Tsévié"),
                referenceData.townsOf("ZIO").stream().map(t -> t.getName()).toList());
        assertEquals(9, referenceData.staffCategories().size());
        assertEquals(5, departments.all().size());
    }

    @Test
    void ratesAndSmigAreDatedRows() {
        assertEquals(
                52_500,
                referenceData
                        .minimumWageOn(LocalDate.of(2024, 1, 1))
                        .orElseThrow()
                        .getMonthlyAmount());
        assertEquals(
                35_000,
                referenceData
                        .minimumWageOn(LocalDate.of(2022, 12, 31))
                        .orElseThrow()
                        .getMonthlyAmount());
        assertTrue(referenceData.minimumWageOn(LocalDate.of(2010, 1, 1)).isEmpty());
        var employerPensionNow = referenceData.contributionRates().stream()
                .filter(r -> r.getBranch().name().equals("PENSIONS")
                        && r.getPayer().name().equals("EMPLOYER")
                        && r.getValidity().covers(LocalDate.of(2024, 3, 1)))
                .toList();
        assertEquals(1, employerPensionNow.size());
        assertEquals(0, employerPensionNow.get(0).getRatePercent().compareTo(new java.math.BigDecimal("12.5")));
    }

    @Test
    void entitiesRoundTripWithTheirInstants() {
        // Whole seconds: MySQL Connector/J reads MariaDB 10.x's version as "5.5.5" and drops fractions
        // of seconds (MySQL 8 keeps them). Nothing in the portal depends on sub-second precision.
        Instant created = Instant.parse("2026-03-01T08:30:15Z");
        UserAccount saved = probe.persist(new UserAccount(
                new EmailAddress(unique("roundtrip")), "hash", "Test Aller-Retour", Role.INSURED, created));
        UserAccount read = probe.apply(em -> em.find(UserAccount.class, saved.getId()));
        assertEquals(created, read.getCreatedAt());
        assertEquals(Role.INSURED, read.getRole());
    }

    @Test
    void aNoticeTravelsThroughTheQueueToTheMessageDrivenBean() {
        String recipient = unique("jms");
        notifications.email(recipient, "Essai", "Message passé par la file JMS");
        List<OutboundMessage> received = Eventually.await(
                "l'e-mail dans la boîte de démonstration",
                JMS_TIMEOUT,
                () -> demoMailbox.latestTo(recipient, 5),
                list -> !list.isEmpty());
        assertEquals(1, received.size());
        assertEquals("Message passé par la file JMS", received.get(0).getBody());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAuditItAndWarnByEmail() {
        String password = "Mot-de-passe-correct-42";
        String email = newAccount("lockout", password, Role.EMPLOYER);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(
                    SignInOutcome.INVALID_CREDENTIALS,
                    signIns.signIn(email, "mauvais-" + attempt, "10.0.0.1").outcome());
        }
        assertEquals(
                SignInOutcome.LOCKED,
                signIns.signIn(email, password, "10.0.0.1").outcome(),
                "even the right password is refused while locked");

        List<AuditAction> actions = probe
                .apply(em -> em.createQuery(
                                "SELECT e FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id", AuditEvent.class)
                        .setParameter("actor", email)
                        .getResultList())
                .stream()
                .map(AuditEvent::getAction)
                .toList();
        assertEquals(
                5, actions.stream().filter(AuditAction.SIGN_IN_FAILED::equals).count());
        assertTrue(actions.contains(AuditAction.ACCOUNT_LOCKED));
        assertTrue(actions.contains(AuditAction.SIGN_IN_WHILE_LOCKED));

        List<OutboundMessage> mails = Eventually.await(
                "l'e-mail de blocage", JMS_TIMEOUT, () -> demoMailbox.latestTo(email, 5), list -> !list.isEmpty());
        assertTrue(mails.get(0).getSubject().contains("bloqué"), mails.get(0).getSubject());
    }

    @Test
    void theRightPasswordSignsInAndUnknownAddressesAreRefusedAlike() {
        String password = "Un-mot-de-passe-solide";
        String email = newAccount("signin", password, Role.INSURED);
        var result = signIns.signIn(email.toUpperCase(), password, "10.0.0.2");
        assertTrue(result.succeeded());
        assertEquals(Role.INSURED, result.role());
        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(unique("inconnu"), password, "10.0.0.2").outcome());
        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn("pas-un-email", password, "10.0.0.2").outcome());
    }

    @Test
    void anonymousCallersAreRefusedByRoleProtectedServices() {
        assertThrows(EJBAccessException.class, () -> accounts.all());
        assertThrows(EJBAccessException.class, () -> accounts.current());
    }

    @Test
    void demoAccountsExistInDemoMode() {
        long demo = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(a) FROM UserAccount a WHERE a.email LIKE '%@demo.cnss.tg'", Long.class)
                .getSingleResult());
        assertEquals(9, demo);
    }

    private String newAccount(String prefix, String password, Role role) {
        String email = unique(prefix);
        probe.persist(new UserAccount(
                new EmailAddress(email), new PasswordHasher().hash(password), "Test " + prefix, role, Instant.now()));
        return email;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@test.cnss.tg";
    }
}
