package tg.cnss.eservices.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import tg.cnss.eservices.platform.control.BulkInsert;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** Test deployment of the DNR benchmark only: inserts the bench's insured persons once, in one transaction. */
@Stateless
public class DnrBenchSeeder {
    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    public int seed(int workers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement count = connection.createStatement();
                ResultSet known = count.executeQuery("SELECT COUNT(*) FROM insured_person WHERE last_name = 'BENCH'")) {
            known.next();
            int already = known.getInt(1);
            if (already >= workers) {
                return 0;
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (BulkInsert insert = new BulkInsert(
                    connection,
                    "insured_person",
                    "id",
                    "insured_number",
                    "last_name",
                    "first_names",
                    "birth_date",
                    "registered_at",
                    "version")) {
                for (int i = already; i < workers; i++) {
                    long sequence = DnrBench.FIRST_INSURED + i;
                    insert.add(
                            9_000_000_000L + i,
                            new InsuredNumber(sequence).canonical(),
                            "BENCH",
                            "Travailleur " + i,
                            java.sql.Date.valueOf("1990-01-01"),
                            now,
                            0L);
                }
                return insert.finish();
            }
        }
    }

    /** Whether the DNR's lines are in the individual accounts yet. */
    public boolean careerPosted(String reference) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement query = connection.prepareStatement(
                        "SELECT career_posted_at FROM wage_declaration WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getTimestamp(1) != null;
            }
        }
    }
}
