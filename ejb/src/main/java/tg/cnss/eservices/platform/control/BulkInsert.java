package tg.cnss.eservices.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows of one table with multi-row INSERTs of a few hundred rows each, on a connection
 * of the caller's transaction: a 50 000-worker DNR is a few hundred statements, not 50 000 (nor the
 * EclipseLink objects of 50 000 entities). Plain SQL that H2 and MySQL/MariaDB both run, without
 * driver flags such as MySQL's rewriteBatchedStatements.
 */
public final class BulkInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;
    private int written;

    public BulkInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns.clone();
    }

    /** Adds a row, its values in the order of the columns; written when enough have gathered. */
    public void add(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " : " + columns.length + " valeurs attendues");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            write(full);
        }
    }

    /** Writes what remains; the number of rows written in all. */
    public int finish() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                write(rest);
            }
        }
        return written;
    }

    private void write(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(index++, value);
            }
        }
        written += statement.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
