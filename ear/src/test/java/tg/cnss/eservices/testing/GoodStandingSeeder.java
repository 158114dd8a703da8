package tg.cnss.eservices.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.declaration.control.ContributionCalculation;
import tg.cnss.eservices.declaration.control.ContributionRules;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.declaration.control.RateInForce;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.ContributionLine;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * Test deployments only: an employer in good standing, as Recouvrement would want one — registered
 * eight months ago, every month and quarter since declared (one worker, 100 000 F a month, every
 * DNR line with its insured number), every month paid the day before its due date — and a signed-in
 * account that acts for it (the address given: created with {@link AccountSeeder#PASSWORD}, or
 * re-linked to the new employer). A fresh employer each time, so that tests never share one.
 */
@Stateless
public class GoodStandingSeeder {

    private static final long PAYROLL = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContributorLedger ledger;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    public EmployerNumber seed(String accountEmail) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        EmployerNumber number;
        do {
            number = new EmployerNumber(ThreadLocalRandom.current().nextLong(20_000_000L, 29_999_999L));
        } while (em.createQuery("SELECT e FROM Employer e WHERE e.number = :number")
                        .setParameter("number", number.canonical())
                        .getResultList()
                        .size()
                > 0);
        LocalDate registeredOn = today.minusMonths(8);
        em.persist(new Employer(
                number,
                EmployerCategory.ENTERPRISE,
                "Entreprise à jour " + number.display(),
                "GOLFE",
                "Lomé",
                "Bè",
                1,
                registeredOn.atStartOfDay(Clocks.LOME).toInstant()));
        List<RateInForce> rates = referenceData.contributionRates().stream()
                .map(rate ->
                        new RateInForce(rate.getBranch(), rate.getPayer(), rate.getRatePercent(), rate.getValidity()))
                .toList();
        for (YearMonth month = YearMonth.from(registeredOn);
                today.isAfter(ContributionRules.dueDateOf(month));
                month = month.plusMonths(1)) {
            declareAndPay(number, month, rates);
        }
        for (Quarter quarter = Quarter.of(registeredOn);
                today.isAfter(DnrRules.dueDateOf(quarter));
                quarter = quarter.next()) {
            em.persist(new WageDeclaration(
                    number.canonical(),
                    quarter,
                    1,
                    WageDeclaration.Source.FORM,
                    null,
                    1,
                    0,
                    List.of(PAYROLL, PAYROLL, PAYROLL),
                    List.of(1, 1, 1),
                    0,
                    now,
                    accountEmail));
        }
        TestAccounts.link(em, accountEmail, Role.EMPLOYER, "Essi TEST", number.canonical(), now);
        return number;
    }

    /** Two months ago declared again today, 50 000 F more than was paid, and left unpaid: arrears. */
    public void declareUnpaidLateMonth(EmployerNumber employer) {
        YearMonth late = YearMonth.now(clock.withZone(Clocks.LOME)).minusMonths(2);
        ledger.post(new LedgerEntry(
                employer.canonical(),
                late,
                LedgerEntryKind.CONTRIBUTION,
                50_000,
                ContributionRules.dueDateOf(late),
                clock.instant(),
                "DC-COMPLEMENT",
                "Cotisations complémentaires de " + late));
    }

    private void declareAndPay(EmployerNumber number, YearMonth month, List<RateInForce> rates) {
        ContributionCalculation calculation = ContributionRules.compute(month, 1, Francs.of(PAYROLL), rates);
        // declared on the 5th of the next month, paid the day before the due date, as a good payer does
        Instant declaredAt =
                month.plusMonths(1).atDay(5).atTime(10, 0).atZone(Clocks.LOME).toInstant();
        ContributionDeclaration declaration = new ContributionDeclaration(
                number.canonical(),
                month,
                1,
                1,
                PAYROLL,
                calculation.lines().stream()
                        .map(line -> new ContributionLine(
                                line.branch(),
                                line.payer(),
                                line.ratePercent(),
                                line.amount().value()))
                        .toList(),
                calculation.dueDate(),
                declaredAt,
                "seeder");
        em.persist(declaration);
        ledger.post(new LedgerEntry(
                number.canonical(),
                month,
                LedgerEntryKind.CONTRIBUTION,
                declaration.getTotalDue(),
                declaration.getDueDate(),
                declaredAt,
                declaration.getReference(),
                "Cotisations de " + month));
        ledger.post(LedgerEntry.payment(
                number.canonical(),
                declaration.getTotalDue(),
                calculation.dueDate().minusDays(1),
                declaredAt,
                "PAY-" + declaration.getReference(),
                "Virement"));
    }
}
