package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.account.control.ContributorLedger;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.document.boundary.CertificateCheck;
import tg.cnss.eservices.document.boundary.CertificateVerifications;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.payment.boundary.QuitusForm;
import tg.cnss.eservices.payment.boundary.QuitusLine;
import tg.cnss.eservices.payment.boundary.QuitusReviewSchedule;
import tg.cnss.eservices.payment.boundary.QuitusSituation;
import tg.cnss.eservices.payment.boundary.SocialQuitus;
import tg.cnss.eservices.payment.control.QuitusEligibility;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * The quitus social in the real server: an employer in good standing asks (once at a time), the
 * agent approves, the quitus is issued for the months of the reference data and verifiable by its
 * code; a late month declared and left unpaid revokes it at once, the nightly review revokes one
 * whose due date passed unpaid (once per cluster a day), and an employer in arrears is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SocialQuitusIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(SocialQuitusIT.class, GoodStandingSeeder.class);
    }

    @Inject
    GoodStandingSeeder seeder;

    @Inject
    SocialQuitus quitus;

    @Inject
    Worklists worklists;

    @Inject
    CertificateVerifications verifications;

    @Inject
    CertificateRegistry registry;

    @Inject
    ContributorLedger ledger;

    @Inject
    QuitusReviewSchedule nightly;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsQuitusEmployer asEmployer;

    @Inject
    AsRecouvrementAgent asAgent;

    @Test
    void aQuitusIsIssuedVerifiedThenRevokedByALateMonthLeftUnpaid() {
        EmployerNumber employer = seeder.seed(AsQuitusEmployer.EMAIL);
        QuitusSituation situation = asEmployer.call(() -> quitus.situation());
        assertTrue(situation.eligibility().eligible(), situation.eligibility().toString());
        assertTrue(situation.mayAsk());
        assertEquals(3, situation.validityMonths(), "reference data");

        RequestReceipt receipt =
                asEmployer.call(() -> quitus.submit(new QuitusForm(" AO n° 012/2026/MS ", "Ministère de la Santé")));
        assertTrue(receipt.reference().matches("DQ-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Recouvrement", receipt.departmentName());
        InvalidFormException again = assertThrows(
                InvalidFormException.class, () -> asEmployer.call(() -> quitus.submit(new QuitusForm(null, null))));
        assertTrue(
                again.errors().get("demande").contains(receipt.reference()),
                again.errors().toString());

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        assertEquals(List.of(), asAgent.call(() -> worklists.detail(item)).warnings());
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });

        QuitusLine issued = asEmployer.call(() -> quitus.situation()).current();
        assertNotNull(issued);
        assertEquals("Marché : AO n° 012/2026/MS — Acheteur public : Ministère de la Santé", issued.purpose());
        LocalDate today = LocalDate.now(tg.cnss.eservices.platform.control.Clocks.LOME);
        assertEquals(today.plusMonths(3).minusDays(1), issued.validUntil());
        byte[] pdf = asEmployer.call(() -> quitus.pdf(issued.reference())).orElseThrow();
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertTrue(asEmployer.call(() -> quitus.current()).isPresent());

        String code = probe.apply(
                em -> registry.codeOf(registry.find(issued.reference()).orElseThrow()));
        CertificateCheck valid = verifications.check(issued.reference(), code);
        assertEquals(CertificateCheck.State.VALID, valid.state());
        assertEquals(employer.display(), valid.holderNumber());
        assertEquals(
                CertificateCheck.State.UNKNOWN,
                verifications.check(issued.reference(), "AAAAAAAAAA").state());

        // Two months ago declared only now, and not paid: arrears, the quitus falls at once.
        YearMonth late = YearMonth.from(today).minusMonths(2);
        probe.apply(em -> ledger.post(new LedgerEntry(
                employer.canonical(),
                late,
                LedgerEntryKind.CONTRIBUTION,
                31_500,
                late.plusMonths(1).atDay(15),
                Instant.now(),
                "DC-TARDIVE",
                "Cotisations de " + late)));
        QuitusLine revoked = asEmployer.call(() -> quitus.situation()).issued().get(0);
        assertEquals("Révoqué", revoked.state());
        assertTrue(
                revoked.revocationReason().startsWith("Cotisations impayées après leur échéance"),
                revoked.revocationReason());
        assertEquals(
                CertificateCheck.State.REVOKED,
                verifications.check(issued.reference(), code).state());
        assertNull(asEmployer.call(() -> quitus.situation()).current());
        long told = tg.cnss.eservices.testing.Eventually.await(
                "the holder told of the revocation",
                java.time.Duration.ofSeconds(20),
                () -> probe.apply(em -> em.createQuery(
                                "SELECT COUNT(n) FROM InAppNotice n WHERE n.recipientEmail = :to AND n.title LIKE :subject",
                                Long.class)
                        .setParameter("to", AsQuitusEmployer.EMAIL)
                        .setParameter("subject", "%" + issued.reference() + " révoqué%")
                        .getSingleResult()),
                count -> count > 0);
        assertEquals(1, told, "the holder is told why");

        // In arrears now: no new request, and the page says which condition fails.
        QuitusEligibility.Check payments = asEmployer.call(() -> quitus.situation()).eligibility().checks().stream()
                .filter(check -> check.label().equals("Cotisations payées"))
                .findFirst()
                .orElseThrow();
        assertFalse(payments.met());
        assertEquals("compte-cotisant.xhtml", payments.fixPage());
        InvalidFormException refused = assertThrows(
                InvalidFormException.class, () -> asEmployer.call(() -> quitus.submit(new QuitusForm(null, null))));
        assertTrue(refused.getMessage().contains("Cotisations payées"), refused.getMessage());
    }

    @Test
    void theNightlyReviewRevokesAQuitusWhoseDueDatePassedUnpaidOncePerDay() {
        EmployerNumber employer = seeder.seed(AsQuitusEmployer.EMAIL);
        Instant now = Instant.now();
        IssuedCertificate certificate = probe.apply(em -> registry.issue(
                        tg.cnss.eservices.document.entity.CertificateKind.SOCIAL_QUITUS,
                        employer.display(),
                        "Entreprise à jour",
                        now,
                        LocalDate.now(tg.cnss.eservices.platform.control.Clocks.LOME),
                        LocalDate.now(tg.cnss.eservices.platform.control.Clocks.LOME)
                                .plusMonths(3)))
                .certificate();
        // This month declared, due next month on the 15th: not arrears yet, the quitus stands.
        YearMonth month = YearMonth.now(tg.cnss.eservices.platform.control.Clocks.LOME);
        LocalDate due = month.plusMonths(1).atDay(15);
        probe.apply(em -> ledger.post(new LedgerEntry(
                employer.canonical(),
                month,
                LedgerEntryKind.CONTRIBUTION,
                31_500,
                due,
                now,
                "DC-MOIS",
                "Cotisations")));
        assertFalse(stateOf(certificate.getReference()).isRevoked());

        Instant dayAfterDue = due.plusDays(1)
                .atTime(2, 0)
                .atZone(tg.cnss.eservices.platform.control.Clocks.LOME)
                .toInstant();
        LocalDate claimedBefore = probe.apply(em -> ((java.sql.Date)
                        em.createNativeQuery("SELECT last_day FROM scheduled_run WHERE job = 'QUITUS_REVIEW'")
                                .getSingleResult())
                .toLocalDate());
        try {
            assertTrue(nightly.runFor(dayAfterDue), "the first server of the day does the review");
            assertFalse(nightly.runFor(dayAfterDue.plus(1, ChronoUnit.HOURS)), "the others find the day taken");
        } finally {
            // the job's day back as it was: the real nightly run of this database must not be skipped
            probe.apply(em -> em.createNativeQuery("UPDATE scheduled_run SET last_day = ? WHERE job = 'QUITUS_REVIEW'")
                    .setParameter(1, claimedBefore)
                    .executeUpdate());
        }
        IssuedCertificate after = stateOf(certificate.getReference());
        assertTrue(after.isRevoked());
        // 31 500 F and its 5 % the day after the due date
        assertTrue(
                after.getRevocationReason().matches(".*\\b33[\\s\\u00a0\\u202f]075[\\s\\u00a0]FCFA.*"),
                after.getRevocationReason());
    }

    private IssuedCertificate stateOf(String reference) {
        return probe.apply(em -> registry.find(reference).orElseThrow());
    }
}
