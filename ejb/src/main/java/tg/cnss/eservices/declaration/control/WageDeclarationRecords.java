package tg.cnss.eservices.declaration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tg.cnss.eservices.account.control.CareerPostings;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.BulkInsert;

/**
 * Records an accepted DNR in the caller's transaction, however it came (online form, file, API):
 * the quarter's current declaration, if any, is replaced (kept, marked, its career lines withdrawn),
 * the new revision written with its lines, and each worker's months posted to his individual
 * account. The unique key on (employer, quarter, revision) refuses a second writer of the same
 * revision: of two corrections sent at once, one fails and says so.
 */
@Dependent
public class WageDeclarationRecords {

    private static final String[] LINE_COLUMNS = {
        "declaration_id",
        "line_no",
        "insured_number",
        "last_name",
        "first_names",
        "days_1",
        "pay_1",
        "days_2",
        "pay_2",
        "days_3",
        "pay_3",
        "exit_date"
    };

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    @Inject
    CareerPostings careers;

    /** What is recorded, besides the lines: how it came and what the rules said. */
    public record Submission(
            WageDeclaration.Source source, String fileName, List<Long> monthTotals, int warnings, String by) {}

    public Optional<WageDeclaration> currentOf(String employerNumber, Quarter quarter) {
        return em.createNamedQuery(WageDeclaration.CURRENT_OF_QUARTER, WageDeclaration.class)
                .setParameter("employer", employerNumber)
                .setParameter("quarter", WageDeclaration.storedCode(quarter))
                .getResultStream()
                .findFirst();
    }

    public WageDeclaration record(
            String employerNumber, Quarter quarter, List<DnrLine> lines, Submission submission, Instant now) {
        Optional<WageDeclaration> current = currentOf(employerNumber, quarter);
        current.ifPresent(replaced -> {
            replaced.replace(now);
            careers.withdraw(replaced.getId(), now);
        });
        WageDeclaration declaration = new WageDeclaration(
                employerNumber,
                quarter,
                current.map(WageDeclaration::getRevision).orElse(0) + 1,
                submission.source(),
                submission.fileName(),
                lines.size(),
                (int) lines.stream().filter(DnrLine::toRegister).count(),
                submission.monthTotals(),
                submission.warnings(),
                now,
                submission.by());
        em.persist(declaration);
        em.flush(); // the lines below refer to its id, on the same connection of this transaction
        writeLines(declaration.getId(), lines);
        careers.post(declaration.getId(), declaration.getReference(), employerNumber, postingsOf(quarter, lines), now);
        return declaration;
    }

    private void writeLines(long declarationId, List<DnrLine> lines) {
        try (Connection connection = dataSource.getConnection();
                BulkInsert insert = new BulkInsert(connection, "wage_declaration_line", LINE_COLUMNS)) {
            for (DnrLine line : lines) {
                insert.add(
                        declarationId,
                        line.line(),
                        line.insuredNumber(),
                        line.lastName(),
                        line.firstNames(),
                        line.days().get(0),
                        line.pay().get(0),
                        line.days().get(1),
                        line.pay().get(1),
                        line.days().get(2),
                        line.pay().get(2),
                        line.exitDate() == null ? null : Date.valueOf(line.exitDate()));
            }
            insert.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("Enregistrement des lignes de la DNR " + declarationId + " impossible", e);
        }
    }

    /** The months with days or pay of the workers who have an insured number: what their accounts receive. */
    static List<CareerPostings.Posting> postingsOf(Quarter quarter, List<DnrLine> lines) {
        List<CareerPostings.Posting> postings = new ArrayList<>();
        for (DnrLine line : lines) {
            if (line.toRegister()) {
                continue; // no account to post to before the worker is registered and numbered
            }
            for (int month = 1; month <= 3; month++) {
                int days = line.days().get(month - 1);
                long pay = line.pay().get(month - 1);
                if (days > 0 || pay > 0) {
                    YearMonth period = quarter.months().get(month - 1);
                    postings.add(
                            new CareerPostings.Posting(line.line(), month, line.insuredNumber(), period, days, pay));
                }
            }
        }
        return postings;
    }
}
