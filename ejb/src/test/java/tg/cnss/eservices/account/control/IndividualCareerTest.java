package tg.cnss.eservices.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.account.control.IndividualCareer.Career;
import tg.cnss.eservices.account.control.IndividualCareer.Month;

class IndividualCareerTest {

    @Test
    void aMonthWithTwoEmployersCountsOnceAndGapsAreShown() {
        Career career = IndividualCareer.of(List.of(
                month(2024, 11, "A", 26, 100_000),
                month(2024, 12, "A", 26, 100_000),
                month(2024, 12, "B", 10, 40_000),
                month(2025, 1, "A", 0, 0), // declared, but neither days nor pay: does not count
                month(2025, 4, "B", 26, 150_000)));
        assertEquals(3, career.monthsCounted());
        assertEquals(List.of(100_000L, 140_000L, 150_000L), career.monthlyWages());
        assertEquals(1, career.gaps().size());
        assertEquals(
                "janvier 2025 – mars 2025 : aucun salaire déclaré (3 mois)",
                career.gaps().get(0).label());
        assertEquals(2025, career.years().get(0).year(), "newest year first");
        assertEquals(1, career.years().get(0).monthsCounted());
        assertEquals(2, career.years().get(1).monthsCounted());
        assertEquals(240_000, career.years().get(1).pay().value());
        assertEquals(390_000, career.totalPay().value());
    }

    private static Month month(int year, int month, String employer, int days, long pay) {
        return new Month(YearMonth.of(year, month), employer, "Employeur " + employer, days, pay, "DNR");
    }
}
