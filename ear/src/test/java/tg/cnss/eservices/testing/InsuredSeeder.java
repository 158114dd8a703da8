package tg.cnss.eservices.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.account.entity.LegacyCareerMonth;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/**
 * Test deployments only: an insured person of the registry nobody else touches — a fresh number,
 * born {@code age} years ago, with a career in the CNSS's older books ({@code months} months at
 * 120 000 F with one employer, the last {@code monthsSinceLeft} months before this one) — and a
 * signed-in account that is that person (the address given: created with
 * {@link AccountSeeder#PASSWORD}, or re-linked to the new person).
 */
@Stateless
public class InsuredSeeder {

    public static final long MONTHLY_PAY = 120_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public InsuredNumber seed(String accountEmail, int age, int months, int monthsSinceLeft) {
        return seed(accountEmail, age, months, monthsSinceLeft, null);
    }

    /** As {@link #seed(String, int, int, int)}, the career with the registered employer {@code employer}. */
    public InsuredNumber seed(String accountEmail, int age, int months, int monthsSinceLeft, EmployerNumber employer) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        InsuredNumber number;
        do {
            number = new InsuredNumber(ThreadLocalRandom.current().nextLong(7_000_000_000L, 7_999_999_999L));
        } while (!em.createQuery("SELECT p FROM InsuredPerson p WHERE p.number = :number")
                .setParameter("number", number.canonical())
                .getResultList()
                .isEmpty());
        em.persist(new InsuredPerson(number, "TEST", "Abla", today.minusYears(age), null, now));
        YearMonth last = YearMonth.from(today).minusMonths(monthsSinceLeft);
        for (int i = 0; i < months; i++) {
            em.persist(new LegacyCareerMonth(
                    number.canonical(),
                    employer == null ? null : employer.canonical(),
                    employer == null ? "Boulangerie des tests" : employerName(employer),
                    last.minusMonths(i),
                    26,
                    MONTHLY_PAY,
                    "Livres CNSS",
                    now));
        }
        TestAccounts.link(em, accountEmail, Role.INSURED, "Abla TEST", number.canonical(), now);
        return number;
    }

    private String employerName(EmployerNumber employer) {
        return em.createQuery("SELECT e.name FROM Employer e WHERE e.number = :number", String.class)
                .setParameter("number", employer.canonical())
                .getSingleResult();
    }
}
