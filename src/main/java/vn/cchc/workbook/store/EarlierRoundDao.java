package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.app.WorkbookStore.EarlierRound;

/**
 * Earlier rounds of a workbook (table earlier_round, V11; the files each cites, V12): the whole local copy a returned
 * file replaced, kept as the bytes the app layer gave (assessment JSON), newest last. At most
 * {@link #MAX_PER_WORKBOOK} are kept per workbook; keeping one more drops the oldest.
 */
final class EarlierRoundDao {

    /** Rounds kept per workbook: a year has about five; a hundred is many years of rounds. */
    static final int MAX_PER_WORKBOOK = 100;
    /** Bytes of one kept copy: the largest assessment a .cchc may carry (20 MB), with room to spare. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private EarlierRoundDao() {
    }

    /**
     * Keeps a round, with the evidence files its copy cites ({@link CitedFiles#inJson}: the store does not parse the
     * copy, it notes every hash written in it), and drops the oldest beyond {@link #MAX_PER_WORKBOOK}.
     */
    static void insert(Connection connection, String assessmentId, Instant at, String label, byte[] data)
            throws SQLException {
        long roundId = Sql.insert(connection, """
                INSERT INTO earlier_round (assessment_id, kept_at, label, data_size, data)
                VALUES (?, ?, ?, ?, ?)""", assessmentId, at, label, data.length, data);
        EvidenceCitationDao.recordRound(connection, roundId, CitedFiles.inJson(data));
        List<Long> ids = Sql.list(connection, """
                SELECT id FROM earlier_round WHERE assessment_id = ? ORDER BY id DESC""",
                row -> row.getLong(1), assessmentId);
        for (int i = MAX_PER_WORKBOOK; i < ids.size(); i++) {
            Sql.update(connection, "DELETE FROM earlier_round WHERE id = ?", ids.get(i));
        }
    }

    /** The rounds of a workbook, oldest first, without their data. */
    static List<EarlierRound> list(Connection connection, String assessmentId) throws SQLException {
        return Sql.list(connection, """
                SELECT id, assessment_id, kept_at, label, data_size FROM earlier_round
                WHERE assessment_id = ? ORDER BY id""", EarlierRoundDao::map, assessmentId);
    }

    static Optional<byte[]> data(Connection connection, long roundId) throws SQLException {
        return Sql.one(connection, "SELECT data FROM earlier_round WHERE id = ?", row -> row.getBytes(1), roundId);
    }

    static void deleteAll(Connection connection, String assessmentId) throws SQLException {
        Sql.update(connection, "DELETE FROM earlier_round WHERE assessment_id = ?", assessmentId);
    }

    private static EarlierRound map(ResultSet row) throws SQLException {
        return new EarlierRound(row.getLong("id"), row.getString("assessment_id"), Sql.instant(row, "kept_at"),
                row.getString("label"), row.getInt("data_size"));
    }
}
