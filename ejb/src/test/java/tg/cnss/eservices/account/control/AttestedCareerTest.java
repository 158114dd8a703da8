package tg.cnss.eservices.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttestedCareerTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 2);

    @Test
    void monthsWithTwoEmployersCountOnceAndTheLastEmployerIsNamed() {
        AttestedCareer career = AttestedCareer.of(
                List.of(
                        month(2024, 1, "E-10000001-61", "Pharmacie du Grand Marché", 120_000),
                        month(2024, 2, "E-10000001-61", "Pharmacie du Grand Marché", 120_000),
                        month(2024, 2, "E-10000002-42", "Boulangerie Adjo", 30_000),
                        month(2024, 3, "E-10000002-42", "Boulangerie Adjo", 150_000)),
                ISSUED);
        assertEquals(3, career.monthsCounted());
        assertEquals(
                "À la date du 02/12/2026, son compte individuel compte 3 mois d'assurance, de janvier 2024 à mars"
                        + " 2024. Dernier employeur déclarant : Boulangerie Adjo (n° E-10000002-42).",
                career.text());
    }

    @Test
    void aMonthWithoutDaysOrPayAndAMonthAfterTheDayDoNotCount() {
        AttestedCareer career = AttestedCareer.of(
                List.of(
                        month(2026, 10, null, "Livres CNSS", 90_000),
                        new IndividualCareer.Month(YearMonth.of(2026, 11), null, "Livres CNSS", 0, 0, "DNR"),
                        month(2027, 1, null, "Livres CNSS", 90_000)),
                ISSUED);
        assertEquals(1, career.monthsCounted());
        assertEquals(YearMonth.of(2026, 10), career.lastMonth());
        assertEquals("Livres CNSS", career.lastEmployerName().orElseThrow(), "an employer of the books without number");
    }

    @Test
    void anEmptyAccountSaysSo() {
        assertEquals(
                "À la date du 02/12/2026, aucun mois de cotisation ne figure encore à son compte individuel.",
                AttestedCareer.of(List.of(), ISSUED).text());
    }

    private static IndividualCareer.Month month(int year, int month, String employer, String name, long pay) {
        return new IndividualCareer.Month(YearMonth.of(year, month), employer, name, 26, pay, "DNR");
    }
}
