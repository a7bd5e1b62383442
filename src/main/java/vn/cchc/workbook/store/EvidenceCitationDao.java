package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which evidence files the store's rows cite (V12, {@link EvidenceCitationsMigration}): a workbook's entries (column
 * {@code evidence.file_sha256}), its edit history (table {@code history_file}) and its earlier rounds (table
 * {@code earlier_round_file}). The two tables are written by the transaction that writes what they describe.
 */
final class EvidenceCitationDao {

    private EvidenceCitationDao() {
    }

    /** Notes that {@code assessmentId}'s history cites {@code sha256s} (kept until the workbook goes). */
    static void recordHistory(Connection connection, String assessmentId, Collection<String> sha256s)
            throws SQLException {
        if (sha256s.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO history_file (assessment_id, sha256) KEY (assessment_id, sha256) VALUES (?, ?)")) {
            for (String sha256 : sha256s) {
                merge.setString(1, assessmentId);
                merge.setString(2, sha256);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** Notes that earlier round {@code roundId} cites {@code sha256s} (kept until the round goes). */
    static void recordRound(Connection connection, long roundId, Collection<String> sha256s) throws SQLException {
        if (sha256s.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO earlier_round_file (round_id, sha256) VALUES (?, ?)")) {
            for (String sha256 : sha256s) {
                insert.setLong(1, roundId);
                insert.setString(2, sha256);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Every file cited anywhere in the store: by a workbook's entries, by its edit history, or by an earlier round.
     * Three index scans; nothing is decoded.
     */
    static Set<String> all(Connection connection) throws SQLException {
        return new HashSet<>(Sql.list(connection, """
                SELECT file_sha256 FROM evidence WHERE file_sha256 IS NOT NULL
                UNION SELECT sha256 FROM history_file
                UNION SELECT sha256 FROM earlier_round_file""", row -> row.getString(1)));
    }
}
