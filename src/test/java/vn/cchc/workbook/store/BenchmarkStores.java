package vn.cchc.workbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Builds large stores for the benchmarks faster than edit by edit: every edit the store commits is forced to the disk,
 * so a long history for hundreds of workbooks would take hours to type. Test code only; the store must be closed.
 */
public final class BenchmarkStores {

    private BenchmarkStores() {
    }

    /**
     * Copies the edit history of workbook {@code fromId} (its rows and the files they cite, as the store wrote them)
     * to every other workbook in the store in {@code dataDir}, in one transaction; returns the rows added.
     */
    public static long copyHistoryToEveryWorkbook(Path dataDir, String fromId) throws SQLException {
        try (Connection connection = H2Connections.open(dataDir.toAbsolutePath(), StoreFiles.DATABASE_NAME,
                H2Connections.Mode.WRITE)) {
            connection.setAutoCommit(false);
            long rows = Sql.update(connection, """
                    INSERT INTO entry_edit (assessment_id, code, edited_at, before_entry, after_entry)
                    SELECT a.id, e.code, e.edited_at, e.before_entry, e.after_entry
                    FROM entry_edit e CROSS JOIN assessment a
                    WHERE e.assessment_id = ? AND a.id <> ? ORDER BY a.id, e.id""", fromId, fromId);
            Sql.update(connection, """
                    INSERT INTO history_file (assessment_id, sha256)
                    SELECT a.id, h.sha256 FROM history_file h CROSS JOIN assessment a
                    WHERE h.assessment_id = ? AND a.id <> ?""", fromId, fromId);
            connection.commit();
            return rows;
        }
    }

    /**
     * The alternative to the citation tables, for comparison: the cited files found by reading only the history's two
     * entry columns and the rounds' data and scanning them ({@link CitedFiles}), on a connection of its own.
     */
    public static java.util.Set<String> citedByScanning(Path dataDir) throws SQLException {
        java.util.Set<String> cited = new java.util.HashSet<>();
        try (Connection connection = H2Connections.open(dataDir.toAbsolutePath(), StoreFiles.DATABASE_NAME,
                H2Connections.Mode.READ);
             java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL")) {
                while (rows.next()) {
                    cited.add(rows.getString(1));
                }
            }
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT before_entry, after_entry FROM entry_edit")) {
                while (rows.next()) {
                    cited.addAll(CitedFiles.inEntryText(rows.getString(1)));
                    cited.addAll(CitedFiles.inEntryText(rows.getString(2)));
                }
            }
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT data FROM earlier_round")) {
                while (rows.next()) {
                    cited.addAll(CitedFiles.inJson(rows.getBytes(1)));
                }
            }
        }
        return cited;
    }

    /** Takes the store in {@code dataDir} back to schema 11 as an older release left it (no citation tables). */
    public static void backToVersion11(Path dataDir) throws SQLException {
        try (Connection connection = H2Connections.open(dataDir.toAbsolutePath(), StoreFiles.DATABASE_NAME,
                H2Connections.Mode.WRITE);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE history_file");
            statement.execute("DROP TABLE earlier_round_file");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");
        }
    }
}
