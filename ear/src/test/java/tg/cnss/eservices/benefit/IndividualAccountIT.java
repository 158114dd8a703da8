package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.boundary.IndividualAccountView;
import tg.cnss.eservices.account.boundary.IndividualAccounts;
import tg.cnss.eservices.benefit.boundary.PensionSimulation;
import tg.cnss.eservices.benefit.boundary.PensionSimulator;
import tg.cnss.eservices.benefit.boundary.SimulatorStart;
import tg.cnss.eservices.benefit.control.PensionRules;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * The insured person's individual account and pension simulator in the real server, on the demo
 * career (the CNSS's older books: three employers since 2009, a gap in 2012): months counted, gaps,
 * the relevé de carrière in PDF and Excel; a normal and an early pension simulated from it.
 */
@ExtendWith(ArquillianExtension.class)
class IndividualAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(IndividualAccountIT.class);
    }

    @Inject
    IndividualAccounts accounts;

    @Inject
    PensionSimulator simulator;

    @Inject
    AsInsured asInsured;

    @Test
    void theDemoCareerIsReadByYearWithItsGapAndExported() {
        IndividualAccountView account = asInsured.call(() -> accounts.mine());
        assertTrue(account.insuredNumber().startsWith("1000000001-"), account.insuredNumber());
        assertTrue(
                account.career().monthsCounted() >= 34 + 27 + 140,
                account.career().monthsCounted() + " mois");
        assertTrue(
                account.career().gaps().stream().anyMatch(gap -> gap.label().startsWith("janvier 2012 – mai 2012")),
                account.career().gaps().toString());
        var year2013 = account.career().years().stream()
                .filter(year -> year.year() == 2013)
                .findFirst()
                .orElseThrow();
        assertEquals(12, year2013.monthsCounted());
        assertEquals("Pharmacie du Grand Marché", year2013.months().get(0).employerName());
        assertTrue(
                account.movements().stream().anyMatch(m -> m.label().startsWith("Reprise des livres de la CNSS")),
                account.movements().toString());
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(asInsured.call(() -> accounts.pdf()), 4));
        assertArrayEquals("PK".getBytes(), Arrays.copyOf(asInsured.call(() -> accounts.xlsx()), 2));
    }

    @Test
    void aNormalAndAnEarlyPensionAreSimulatedFromTheAccount() {
        SimulatorStart start = asInsured.call(() -> simulator.start());
        assertEquals(LocalDate.of(2045, 6, 14), start.normalDate(), "born 14/06/1985");
        assertEquals(LocalDate.of(2040, 6, 14), start.earlyDate());
        PensionSimulation normal = asInsured.call(() -> simulator.simulate(start.normalDate(), 400_000L));
        assertEquals(PensionRules.Outcome.PENSION, normal.result().outcome());
        assertTrue(normal.futureMonths() > 200, normal.futureMonths() + " future months");
        assertTrue(normal.result().monthlyPension().value() > 0);
        PensionSimulation early = asInsured.call(() -> simulator.simulate(start.earlyDate(), 400_000L));
        assertEquals(PensionRules.Outcome.EARLY_PENSION, early.result().outcome());
        assertTrue(early.result().monthlyPension().value()
                < normal.result().monthlyPension().value());
        InvalidFormException past = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(
                        () -> simulator.simulate(LocalDate.now(Clocks.LOME).minusDays(1), 0L)));
        assertEquals("Date de départ : aujourd'hui ou plus tard.", past.errors().get("depart"));
    }
}
