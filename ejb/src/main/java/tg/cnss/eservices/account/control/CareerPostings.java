package tg.cnss.eservices.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import tg.cnss.eservices.platform.control.BulkInsert;

/**
 * Posts what a DNR says of each worker to his individual account (career lines by employer and
 * month), in the caller's transaction, and withdraws the lines of a DNR that a corrective one
 * replaces (marked, never deleted: the history of movements shows both). Plain SQL in batches: a
 * DNR may post 300 000 lines.
 */
@Dependent
public class CareerPostings {

    /** One month of one worker, as posted: nothing is posted for a month without days or pay. */
    public record Posting(int line, int month, String insuredNumber, YearMonth period, int days, long pay) {}

    private static final String[] COLUMNS = {
        "declaration_id",
        "line_no",
        "month_no",
        "insured_number",
        "employer_number",
        "period",
        "days_worked",
        "gross_pay",
        "source_reference",
        "posted_at"
    };

    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    public int post(long declarationId, String reference, String employerNumber, List<Posting> postings, Instant at) {
        Timestamp postedAt = Timestamp.from(at);
        try (Connection connection = dataSource.getConnection();
                BulkInsert insert = new BulkInsert(connection, "career_line", COLUMNS)) {
            for (Posting posting : postings) {
                insert.add(
                        declarationId,
                        posting.line(),
                        posting.month(),
                        posting.insuredNumber(),
                        employerNumber,
                        posting.period().toString(),
                        posting.days(),
                        posting.pay(),
                        reference,
                        postedAt);
            }
            return insert.finish();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Report des salaires de " + reference + " aux comptes individuels impossible", e);
        }
    }

    /** The lines of a replaced DNR leave the account (kept, marked replaced at {@code at}). */
    public int withdraw(long declarationId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE career_line SET replaced_at = ? WHERE declaration_id = ? AND replaced_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, declarationId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Retrait des lignes de carrière de la DNR " + declarationId + " impossible", e);
        }
    }
}
