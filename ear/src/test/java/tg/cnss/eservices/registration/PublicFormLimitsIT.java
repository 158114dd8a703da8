package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.boundary.EnterpriseRegistrationForm;
import tg.cnss.eservices.registration.boundary.PreRegistrations;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * Security review, finding 3: the public forms that send e-mail and SMS to typed addresses are
 * limited per client address and for the whole portal — here with the production defaults, which
 * the test server otherwise raises for its browser tests (all from 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class PublicFormLimitsIT {

    private static final String ADDRESS_HOUR = "cnss.limits.public.address-hour";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(PublicFormLimitsIT.class);
    }

    @Inject
    PreRegistrations preRegistrations;

    @Inject
    PersistenceProbe probe;

    private String raised;

    @BeforeEach
    void productionLimit() {
        raised = System.getProperty(ADDRESS_HOUR);
        System.setProperty(ADDRESS_HOUR, "3");
    }

    @AfterEach
    void testServerLimit() {
        System.setProperty(ADDRESS_HOUR, raised);
    }

    @Test
    void theFourthPreRegistrationFromOneAddressWithinTheHourIsRefusedInFrench() {
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            preRegistrations.submit(form(i), address);
        }
        long before = count();
        InvalidFormException refused =
                assertThrows(InvalidFormException.class, () -> preRegistrations.submit(form(4), address));
        assertEquals(
                "Trop de demandes envoyées depuis votre connexion en une heure : vos réponses sont conservées,"
                        + " réessayez dans une heure.",
                refused.errors().get("limite"));
        assertEquals(before, count(), "nothing filed");
        assertTrue(
                preRegistrations
                        .submit(form(5), "198.51.100.254-" + System.nanoTime())
                        .reference()
                        .startsWith("IE-"),
                "another address may still file");
    }

    private long count() {
        return probe.apply(em -> em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class)
                .getSingleResult());
    }

    private static EnterpriseRegistrationForm form(int n) {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        return new EnterpriseRegistrationForm(
                "Limite " + n + " " + unique,
                null,
                null,
                "GOLFE",
                "Lomé",
                "Bè",
                "Rue " + n,
                "BP " + n,
                "TG-LOM 2025 B " + unique,
                "limite" + unique + "@exemple.tg",
                "+228 90 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6),
                null,
                null,
                LocalDate.now().minusDays(2),
                3,
                "Lomé, Bè");
    }
}
