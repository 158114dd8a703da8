package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void mysqlAndMariadbGetDatetimeAndUtf8mb4() {
        assertEquals("DATETIME(6)", SchemaMigrations.placeholdersFor("MySQL").get("timestamp"));
        assertEquals("DATETIME(6)", SchemaMigrations.placeholdersFor("MariaDB").get("timestamp"));
        assertTrue(
                SchemaMigrations.placeholdersFor("MySQL").get("table_options").contains("utf8mb4"));
        assertEquals(
                "MODIFY COLUMN", SchemaMigrations.placeholdersFor("MariaDB").get("alter_column"));
    }

    @Test
    void h2GetsTimestampAndNoTableOptions() {
        assertEquals("TIMESTAMP(6)", SchemaMigrations.placeholdersFor("H2").get("timestamp"));
        assertEquals("", SchemaMigrations.placeholdersFor("H2").get("table_options"));
        assertEquals("ALTER COLUMN", SchemaMigrations.placeholdersFor("H2").get("alter_column"));
    }
}
