package tg.cnss.eservices.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarationForm;
import tg.cnss.eservices.declaration.boundary.ContributionDeclarations;
import tg.cnss.eservices.declaration.control.ContributionDeclarationRecords;
import tg.cnss.eservices.declaration.control.DnrLine;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.acting.AsEmployer;

/**
 * Test deployments only: gives the demo employer a DNR (one worker, 90 000 F a month) for a quarter
 * of its own and declares the quarter's first month with two workers and 200 000 F — an anomaly —
 * and answers the month's label, so that a browser test finds it on Recouvrement's page.
 */
@WebServlet("/test/anomalie")
public class AnomalySeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersistenceProbe probe;

    @Inject
    WageDeclarationRecords wageRecords;

    @Inject
    ContributionDeclarations declarations;

    @Inject
    ContributionDeclarationRecords monthly;

    @Inject
    AsEmployer asEmployer;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String employer = new EmployerNumber(10_000_001L).canonical();
        YearMonth month;
        // A month not declared yet (the database outlives test runs on a developer's machine), in
        // 2011-2012: never before January 2010, from which ContributionDeclarationsIT counts late months.
        do {
            month = YearMonth.of(
                    ThreadLocalRandom.current().nextInt(2011, 2013),
                    1 + 3 * ThreadLocalRandom.current().nextInt(4));
        } while (monthly.currentOf(employer, month).isPresent());
        YearMonth chosen = month;
        probe.apply(em -> wageRecords.record(
                employer,
                Quarter.of(chosen),
                List.of(new DnrLine(
                        1, null, "ECART", "Témoin", List.of(30, 30, 30), List.of(90_000L, 90_000L, 90_000L), null)),
                new WageDeclarationRecords.Submission(
                        WageDeclaration.Source.FORM,
                        null,
                        List.of(90_000L, 90_000L, 90_000L),
                        0,
                        "employeur@demo.cnss.tg"),
                Instant.now()));
        asEmployer.call(() -> declarations.declare(
                new ContributionDeclarationForm(chosen.getMonthValue(), chosen.getYear(), 2, 200_000L), 0));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(MonthLabels.of(month));
    }
}
