package tg.cnss.eservices.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema to the version this build expects, before anything else runs. The
 * same migrations serve H2 and MySQL/MariaDB; the few type names that differ are placeholders.
 * Runs outside any JTA transaction: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/CnssDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Map<String, String> placeholders = placeholdersFor(databaseProduct());
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() ->
                "Schéma de la base à jour (version " + flyway.info().current().getVersion() + ") : " + applied
                        + " migration(s) appliquée(s) à ce démarrage");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Base de données injoignable au démarrage", e);
        }
    }

    static Map<String, String> placeholdersFor(String databaseProduct) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("mysql") || product.contains("mariadb")) {
            return Map.of(
                    "timestamp",
                    "DATETIME(6)",
                    "text",
                    "LONGTEXT",
                    "blob",
                    "LONGBLOB",
                    "table_options",
                    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
                    "alter_column",
                    "MODIFY COLUMN");
        }
        return Map.of(
                "timestamp",
                "TIMESTAMP(6)",
                "text",
                "CLOB",
                "blob",
                "BLOB",
                "table_options",
                "",
                "alter_column",
                "ALTER COLUMN");
    }
}
