package vn.cchc.workbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which .cchc file an assessment was last saved to or opened from (table saved_file), and at which change count,
 * so that "unsaved changes" is a comparison of two counters rather than of timestamps.
 */
final class SavedFileDao {

    private SavedFileDao() {
    }

    record SavedFile(Path file, Instant savedAt, long changeCountAtSave) {
    }

    static Optional<SavedFile> find(Connection connection, String assessmentId) throws SQLException {
        return Sql.one(connection, """
                SELECT file_path, saved_at, change_count_at_save FROM saved_file
                WHERE assessment_id = ?""", SavedFileDao::map, assessmentId);
    }

    /** Records the file at the assessment's current change count; false when there is no such assessment. */
    static boolean record(Connection connection, String assessmentId, Path file, Instant savedAt)
            throws SQLException {
        Optional<Long> changeCount = AssessmentDao.changeCount(connection, assessmentId);
        if (changeCount.isEmpty()) {
            return false;
        }
        Sql.update(connection, """
                MERGE INTO saved_file (assessment_id, file_path, saved_at, change_count_at_save)
                KEY (assessment_id) VALUES (?, ?, ?, ?)""", assessmentId, file.toString(), savedAt,
                changeCount.get());
        return true;
    }

    private static SavedFile map(ResultSet row) throws SQLException {
        return new SavedFile(Path.of(row.getString("file_path")), Sql.instant(row, "saved_at"),
                row.getLong("change_count_at_save"));
    }
}
