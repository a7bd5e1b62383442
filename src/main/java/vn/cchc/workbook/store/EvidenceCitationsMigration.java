package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 12: which evidence files the edit history and the earlier rounds cite, kept beside them, so that the
 * evidence sweep asks the store one question instead of reading every workbook, every history row and every round
 * (decision "The cited evidence files are kept beside the rows that cite them", docs/decisions.md).
 *
 * <p>{@code history_file}: a file some edit in a workbook's history cites (before or after the edit); one row per
 * workbook and file, going with the workbook. History rows leave only with their workbook, so a set per workbook is
 * exact. {@code earlier_round_file}: a file an earlier round's copy cites; one row per round and file, going with the
 * round (the 101st round drops the oldest).
 *
 * <p>A Java migration because the rows already stored must be filled, and their citations are inside text SQL does
 * not read: {@link CitedFiles#inEntryText} and {@link CitedFiles#inJson} scan them. New rows are filled by the same
 * transaction that writes them ({@link EntryEditDao}, {@link EarlierRoundDao}).
 */
final class EvidenceCitationsMigration implements JavaMigration {

    static final String VERSION = "12";

    private static final String SCHEMA = """
            CREATE TABLE history_file (
                assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
                sha256        CHAR(64)     NOT NULL,
                PRIMARY KEY (assessment_id, sha256)
            );
            CREATE INDEX history_file_by_sha256 ON history_file (sha256);
            CREATE TABLE earlier_round_file (
                round_id BIGINT   NOT NULL REFERENCES earlier_round (id) ON DELETE CASCADE,
                sha256   CHAR(64) NOT NULL,
                PRIMARY KEY (round_id, sha256)
            );
            CREATE INDEX earlier_round_file_by_sha256 ON earlier_round_file (sha256);
            """;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "evidence citations";
    }

    @Override
    public Integer getChecksum() {
        // Fixed: Flyway compares it with the applied migration's; change it only with the migration itself.
        return 12_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA.split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        fillHistory(connection);
        fillRounds(connection);
    }

    private static void fillHistory(Connection connection) throws SQLException {
        record Cited(String assessmentId, String sha256) {
        }
        Set<Cited> cited = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT assessment_id, before_entry, after_entry FROM entry_edit")) {
            while (rows.next()) {
                String assessmentId = rows.getString(1);
                for (int column = 2; column <= 3; column++) {
                    for (String sha256 : CitedFiles.inEntryText(rows.getString(column))) {
                        cited.add(new Cited(assessmentId, sha256));
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO history_file (assessment_id, sha256) VALUES (?, ?)")) {
            for (Cited one : cited) {
                insert.setString(1, one.assessmentId());
                insert.setString(2, one.sha256());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void fillRounds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, data FROM earlier_round");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO earlier_round_file (round_id, sha256) VALUES (?, ?)")) {
            while (rows.next()) {
                long roundId = rows.getLong(1);
                for (String sha256 : CitedFiles.inJson(rows.getBytes(2))) {
                    insert.setLong(1, roundId);
                    insert.setString(2, sha256);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
