package tg.cnss.eservices.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.payment.control.QuitusEligibility.Check;
import tg.cnss.eservices.payment.control.QuitusEligibility.Eligibility;
import tg.cnss.eservices.payment.control.QuitusEligibility.Facts;

class QuitusEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<YearMonth> MONTHS = Stream.iterate(YearMonth.of(2025, 1), m -> m.plusMonths(1))
            .limit(22)
            .toList(); // to 10/2026
    private static final List<Quarter> QUARTERS = List.of(
            new Quarter(2025, 1),
            new Quarter(2025, 2),
            new Quarter(2025, 3),
            new Quarter(2025, 4),
            new Quarter(2026, 1),
            new Quarter(2026, 2),
            new Quarter(2026, 3));

    @Test
    void anEmployerUpToDateIsEligible() {
        Eligibility eligibility = QuitusEligibility.of(facts(Set.copyOf(MONTHS), Set.copyOf(QUARTERS), 0, 0, 2020));
        assertTrue(eligibility.eligible(), eligibility.toString());
        assertEquals(5, eligibility.checks().size());
        assertTrue(eligibility.checks().stream().allMatch(Check::met));
    }

    @Test
    void eachMissingThingIsSaidWithWhereToPutItRight() {
        Set<YearMonth> declared = MONTHS.stream()
                .filter(month -> !month.equals(YearMonth.of(2026, 3)) && !month.equals(YearMonth.of(2026, 9)))
                .collect(Collectors.toSet());
        Eligibility eligibility =
                QuitusEligibility.of(facts(declared, Set.copyOf(QUARTERS.subList(0, 6)), 2, 125_000, 2020));
        assertFalse(eligibility.eligible());
        Check workers = eligibility.checks().get(0);
        assertFalse(workers.met());
        assertEquals("immatriculation-travailleur.xhtml", workers.fixPage());
        assertEquals(
                "Mois non déclarés : mars 2026, septembre 2026.",
                eligibility.checks().get(1).explanation());
        assertTrue(
                eligibility.checks().get(2).explanation().startsWith("Trimestres sans DNR : "),
                eligibility.checks().get(2).explanation());
        assertTrue(
                eligibility.checks().get(3).explanation().contains("125"),
                eligibility.checks().get(3).explanation());
        assertEquals("compte-cotisant.xhtml", eligibility.checks().get(3).fixPage());
        assertTrue(eligibility.checks().get(4).met());
    }

    @Test
    void aLongListOfMissingMonthsIsShortened() {
        Eligibility eligibility = QuitusEligibility.of(facts(Set.of(), Set.copyOf(QUARTERS), 0, 0, 2020));
        assertTrue(
                eligibility.checks().get(1).explanation().endsWith("et 16 autre(s)."),
                eligibility.checks().get(1).explanation());
    }

    @Test
    void aBusinessRegisteredLessThanSixMonthsAgoWaits() {
        Facts facts = new Facts(
                TODAY,
                LocalDate.of(2026, 7, 1),
                List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                Set.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                List.of(new Quarter(2026, 3)),
                Set.of(new Quarter(2026, 3)),
                0,
                Francs.ZERO);
        Eligibility eligibility = QuitusEligibility.of(facts);
        assertFalse(eligibility.eligible());
        assertTrue(
                eligibility.checks().get(4).explanation().endsWith("à partir du 01/01/2027."),
                eligibility.checks().get(4).explanation());
        // Six months to the day: eligible.
        assertTrue(QuitusEligibility.of(new Facts(
                        LocalDate.of(2027, 1, 1),
                        facts.registeredOn(),
                        facts.monthsDue(),
                        facts.monthsDeclared(),
                        facts.quartersDue(),
                        facts.quartersDeclared(),
                        0,
                        Francs.ZERO))
                .eligible());
    }

    @Test
    void anAdvanceIsNotADebt() {
        assertTrue(QuitusEligibility.of(facts(Set.copyOf(MONTHS), Set.copyOf(QUARTERS), 0, -5_000, 2020))
                .eligible());
    }

    private static Facts facts(
            Set<YearMonth> declared, Set<Quarter> dnrs, int toRegister, long owed, int registeredYear) {
        return new Facts(
                TODAY,
                LocalDate.of(registeredYear, 3, 1),
                MONTHS,
                declared,
                QUARTERS,
                dnrs,
                toRegister,
                Francs.of(owed));
    }
}
