package tg.cnss.eservices.testing;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Benchmark deployments only: fills the database to the volume of issue 9 — {@code requests}
 * claims in all, {@code items} of them in Relations usagers, {@code open} of those still open
 * (routed, in progress, waiting for the requester), the rest decided; the other requests in the
 * other departments. Plain JDBC batches, 2 000 rows a transaction: going through the portal would
 * take hours. Their references are claims' ({@code RC}) of the years 2001 to 2009, which no real
 * request has, so a second call counts them and adds nothing when the volume is there. Answers
 * how many rows it added.
 */
@WebServlet("/test/volume")
public class VolumeSeeder extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long FIRST_ID = 9_000_000_000L;
    private static final int BATCH = 2_000;
    private static final List<String> OTHER_DEPARTMENTS =
            List.of("IMMATRICULATION", "RECOUVREMENT", "PRESTATIONS", "RISQUES_PROFESSIONNELS");
    private static final List<String> OPEN = List.of("ROUTED", "IN_PROGRESS", "INFO_REQUESTED");
    private static final List<String> DECIDED = List.of("APPROVED", "REJECTED");

    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int requests = Integer.parseInt(request.getParameter("requests"));
        int items = Integer.parseInt(request.getParameter("items"));
        int open = Integer.parseInt(request.getParameter("open"));
        try (Connection connection = dataSource.getConnection()) {
            int present = present(connection);
            Instant now = Instant.now();
            for (int from = present; from < requests; from += BATCH) {
                insert(connection, from, Math.min(requests, from + BATCH), items, open, now);
            }
            if (present < requests) {
                recount(connection);
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Integer.toString(Math.max(0, requests - present)));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static int present(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM service_request WHERE reference LIKE 'RC-200_-%'");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * The counters by status (migration V20) recomputed from the requests: the rows above went in
     * without the portal, which moves them with each change of status. Skipped on a schema
     * without them (a benchmark of an earlier commit).
     */
    private static void recount(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
            boolean found = false;
            while (tables.next()) {
                found |= tables.getString("TABLE_NAME").equalsIgnoreCase("request_status_count");
            }
            if (!found) {
                return;
            }
        }
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE request_status_count SET item_count = 0 WHERE slot <> 0");
            statement.executeUpdate("UPDATE request_status_count SET item_count = (SELECT COUNT(*) FROM"
                    + " service_request r WHERE r.department_code = request_status_count.department_code"
                    + " AND r.status = request_status_count.status) WHERE slot = 0");
        }
    }

    private static void insert(Connection connection, int from, int to, int items, int open, Instant now)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement requests = connection.prepareStatement("INSERT INTO service_request (id, reference,"
                        + " kind, requester_email, requester_name, status, summary, payload, department_code,"
                        + " submitted_at, decided_at, version) VALUES (?, ?, 'CLAIM', ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement workItems = connection.prepareStatement("INSERT INTO work_item (id, request_id,"
                        + " department_code, received_at, due_at, assignee, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            for (int n = from; n < to; n++) {
                boolean relations = n < items;
                String status = relations && n < open ? OPEN.get(n % OPEN.size()) : DECIDED.get(n % DECIDED.size());
                String department =
                        relations ? "RELATIONS_USAGERS" : OTHER_DEPARTMENTS.get(n % OTHER_DEPARTMENTS.size());
                // Spread over the last two years, the open ones the most recent.
                Instant submitted = now.minus(Duration.ofMinutes(15L * (n + 1)));
                long id = FIRST_ID + n;
                requests.setLong(1, id);
                requests.setString(2, String.format("RC-%d-%06d", 2001 + n / 100_000, n % 100_000 + 1));
                requests.setString(3, "volume" + n + "@exemple.tg");
                requests.setString(4, "Assuré VOLUME " + n);
                requests.setString(5, status);
                requests.setString(6, "Réclamation de volume n° " + n);
                requests.setString(
                        7, "{\"object\":\"Réclamation de volume n° " + n + "\",\"explanation\":\"Charge de test.\"}");
                requests.setString(8, department);
                requests.setTimestamp(9, Timestamp.from(submitted));
                requests.setTimestamp(10, OPEN.contains(status) ? null : Timestamp.from(submitted.plusSeconds(86_400)));
                requests.addBatch();
                workItems.setLong(1, id);
                workItems.setLong(2, id);
                workItems.setString(3, department);
                workItems.setTimestamp(4, Timestamp.from(submitted.plusSeconds(1)));
                workItems.setTimestamp(5, Timestamp.from(submitted.plus(Duration.ofDays(15))));
                workItems.setString(6, status.equals("ROUTED") ? null : "agent.relations@demo.cnss.tg");
                workItems.addBatch();
            }
            requests.executeBatch();
            workItems.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
