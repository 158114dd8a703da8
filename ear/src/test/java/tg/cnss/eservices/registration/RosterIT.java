package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.boundary.DepartureForm;
import tg.cnss.eservices.registration.boundary.RosterFilter;
import tg.cnss.eservices.registration.boundary.WorkerLine;
import tg.cnss.eservices.registration.boundary.Workers;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * "Mes travailleurs" in the real server: the demo employer's roster (two workers in activity, a
 * driver retired in 2025), its search by name and by number, and a departure declared — refused
 * before the hire date, in the future, on a stale line or for another employer's worker.
 */
@ExtendWith(ArquillianExtension.class)
class RosterIT {

    private static final EmployerNumber DEMO_EMPLOYER = new EmployerNumber(10_000_001L);

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(RosterIT.class);
    }

    @Inject
    Workers workers;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsInsured asInsured;

    @Inject
    PersistenceProbe probe;

    @Test
    void theDemoRosterIsSearchedByNameAndNumber() {
        List<String> active = names(asEmployer.call(() -> workers.roster("", RosterFilter.ACTIVE)));
        assertTrue(active.containsAll(List.of("AMEGAN Kossi", "KOUDJO Afi")), active.toString());
        assertFalse(active.contains("ADJOVI Komla"));
        assertFalse(active.contains("SENYO Yawo"), "another employer's worker");
        assertEquals(
                asEmployer.call(() -> workers.roster("", RosterFilter.ACTIVE)).size(),
                asEmployer.call(() -> workers.activeCount()),
                "the dashboard's count is the roster's");

        List<WorkerLine> left = asEmployer.call(() -> workers.roster(null, RosterFilter.LEFT));
        WorkerLine driver = left.stream()
                .filter(line -> line.lastName().equals("ADJOVI"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 30), driver.endDate());
        assertEquals("Départ à la retraite", driver.endReason());
        assertEquals("Chauffeur", driver.job());

        assertEquals(List.of("KOUDJO Afi"), names(asEmployer.call(() -> workers.roster(" koud ", RosterFilter.ALL))));
        assertEquals(
                List.of("AMEGAN Kossi"), names(asEmployer.call(() -> workers.roster("1000000001", RosterFilter.ALL))));
        assertEquals(List.of(), asEmployer.call(() -> workers.roster("100%", RosterFilter.ALL)));
        byte[] pdf = asEmployer.call(() -> workers.rosterPdf("koud", RosterFilter.ALL));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(EJBAccessException.class, () -> asInsured.call(() -> workers.roster("", RosterFilter.ALL)));
        assertThrows(EJBAccessException.class, () -> workers.rosterPdf("", RosterFilter.ALL));
    }

    @Test
    void aDepartureIsDeclaredOnceWithinItsDates() {
        Employment hired = hire(DEMO_EMPLOYER, LocalDate.of(2024, 1, 15));
        WorkerLine line = asEmployer
                .call(() -> workers.roster(hired.getInsuredNumber().canonical(), RosterFilter.ACTIVE))
                .get(0);

        InvalidFormException early = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> workers.declareDeparture(
                        line.employmentId(),
                        line.version(),
                        new DepartureForm(LocalDate.of(2024, 1, 14), DepartureReason.DEMISSION))));
        assertEquals(
                "Date de sortie : elle ne peut précéder l'embauche, le 15/01/2024.",
                early.errors().get("date"));
        InvalidFormException future = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> workers.declareDeparture(
                        line.employmentId(),
                        line.version(),
                        new DepartureForm(LocalDate.now().plusDays(3), DepartureReason.DEMISSION))));
        assertTrue(future.errors().get("date").startsWith("Date de sortie : un départ se déclare le jour venu"));
        InvalidFormException missing = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() ->
                        workers.declareDeparture(line.employmentId(), line.version(), new DepartureForm(null, null))));
        assertEquals(List.of("date", "reason"), List.copyOf(missing.errors().keySet()));

        WorkerLine gone = asEmployer.call(() -> workers.declareDeparture(
                line.employmentId(),
                line.version(),
                new DepartureForm(LocalDate.of(2025, 6, 30), DepartureReason.FIN_CONTRAT)));
        assertFalse(gone.active());
        assertEquals("Fin de contrat", gone.endReason());
        assertTrue(asEmployer
                .call(() -> workers.roster(hired.getInsuredNumber().canonical(), RosterFilter.ACTIVE))
                .isEmpty());

        InvalidFormException twice = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> workers.declareDeparture(
                        line.employmentId(),
                        line.version(),
                        new DepartureForm(LocalDate.of(2025, 7, 1), DepartureReason.AUTRE))));
        assertTrue(twice.errors().get("date").startsWith("La fiche de ce travailleur a changé entre-temps"));
    }

    @Test
    void anotherEmployersWorkerIsNotOurs() {
        Employment elsewhere = hire(new EmployerNumber(10_000_003L), LocalDate.of(2022, 3, 1));
        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> workers.declareDeparture(
                        elsewhere.getId(),
                        elsewhere.getVersion(),
                        new DepartureForm(LocalDate.of(2023, 1, 1), DepartureReason.AUTRE))));
        assertEquals(
                "Ce travailleur ne figure pas parmi les vôtres.",
                refused.errors().get("date"));
    }

    /** A new insured person hired by {@code employer}: each run its own, so that reruns find a worker in activity. */
    private Employment hire(EmployerNumber employer, LocalDate start) {
        InsuredNumber number = new InsuredNumber(ThreadLocalRandom.current().nextLong(5_000_000_000L, 9_000_000_000L));
        probe.persist(
                new InsuredPerson(number, "ESSAI", "Travailleur", LocalDate.of(1990, 1, 1), employer, Instant.now()));
        return probe.persist(new Employment(employer, number, start, "Magasinier", ContractType.CDD, 90_000));
    }

    private static List<String> names(List<WorkerLine> lines) {
        return lines.stream()
                .map(line -> line.lastName() + " " + line.firstNames())
                .toList();
    }
}
