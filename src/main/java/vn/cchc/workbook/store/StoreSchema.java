package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import vn.cchc.workbook.app.StoreException;

/**
 * The schema version of a store and its migration. Migrations are the SQL files under
 * {@code src/main/resources/db/migration} and the {@link #JAVA_MIGRATIONS}, applied by Flyway.
 *
 * <p>The version is read with one query on Flyway's history table before Flyway is started, for two reasons: a store
 * made by a newer release must be refused without anything being written to it (Flyway would by default ignore
 * "future" migrations and go on), and a store that is already up to date, which is every start but the first after
 * an update, opens without loading Flyway at all.
 */
final class StoreSchema {

    /**
     * The highest migration this build has. Must match the newest {@code V<n>__*.sql} or {@link #JAVA_MIGRATIONS};
     * a test checks it.
     */
    static final String LATEST_VERSION = "13";

    static final String MIGRATIONS = "db/migration";

    /** Migrations that must run Java code (fill a table from text SQL cannot read), with the SQL ones in order. */
    static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new EvidenceCitationsMigration());

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private StoreSchema() {
    }

    enum State {
        /** No schema yet: a new store. */
        EMPTY,
        /** Made by this release. */
        CURRENT,
        /** Made by an older release: migrate. */
        OLDER,
        /** Made by a newer release: refuse and do not touch. */
        NEWER,
        /** Something Flyway must judge (a failed migration); migrate, which validates first. */
        UNCLEAR
    }

    record Inspection(State state, String storedVersion) {
    }

    static Inspection inspect(Connection connection) throws SQLException {
        boolean hasHistory = Sql.one(connection, """
                SELECT 1 FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?""", row -> true, HISTORY_TABLE).isPresent();
        if (!hasHistory) {
            return new Inspection(State.EMPTY, "");
        }
        record Applied(String version, boolean success) {
        }
        List<Applied> applied = Sql.list(connection, """
                SELECT "version", "success" FROM "flyway_schema_history" WHERE "version" IS NOT NULL""",
                row -> new Applied(row.getString(1), row.getBoolean(2)));
        MigrationVersion latest = MigrationVersion.fromVersion(LATEST_VERSION);
        MigrationVersion highest = null;
        boolean allSucceeded = true;
        for (Applied migration : applied) {
            MigrationVersion version = MigrationVersion.fromVersion(migration.version());
            if (highest == null || version.compareTo(highest) > 0) {
                highest = version;
            }
            allSucceeded &= migration.success();
        }
        if (highest == null) {
            return new Inspection(State.UNCLEAR, "");
        }
        String stored = highest.getVersion();
        if (highest.compareTo(latest) > 0) {
            return new Inspection(State.NEWER, stored);
        }
        if (!allSucceeded) {
            return new Inspection(State.UNCLEAR, stored);
        }
        return new Inspection(highest.equals(latest) ? State.CURRENT : State.OLDER, stored);
    }

    /**
     * Applies the missing migrations. Clean is disabled (Flyway must never drop the officer's data), callbacks are
     * not searched for, and only our own migration folder is scanned.
     */
    static void migrate(DataSource dataSource) {
        try {
            configure(dataSource).load().migrate();
        } catch (FlywayException failed) {
            throw new StoreException(failed, "store.open.migrationFailed", failed.getMessage());
        }
    }

    /** The Flyway configuration every migration uses; tests use it to build stores at an older version. */
    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(StoreSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + MIGRATIONS)
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
                .cleanDisabled(true)
                .skipDefaultCallbacks(true)
                .baselineOnMigrate(false)
                .outOfOrder(false)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true);
    }
}
