package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.cchc.workbook.app.WorkbookStore.EntryEdit;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Entry;

/** The edit history of entries (table entry_edit). */
final class EntryEditDao {

    private EntryEditDao() {
    }

    /** Records an edit, and the evidence files its two entries cite ({@link EvidenceCitationDao}). */
    static void insert(Connection connection, String assessmentId, Instant at, Entry before, Entry after)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO entry_edit (assessment_id, code, edited_at, before_entry, after_entry)
                VALUES (?, ?, ?, ?, ?)""", assessmentId, after.code(), at, EntryText.encode(before),
                EntryText.encode(after));
        Set<String> cited = CitedFiles.of(before);
        cited.addAll(CitedFiles.of(after));
        EvidenceCitationDao.recordHistory(connection, assessmentId, cited);
    }

    /** The newest {@code limit} edits, newest first. */
    static List<EntryEdit> newest(Connection connection, String assessmentId, int limit) throws SQLException {
        return Sql.list(connection, """
                SELECT id, assessment_id, code, edited_at, before_entry, after_entry FROM entry_edit
                WHERE assessment_id = ? ORDER BY id DESC LIMIT ?""", EntryEditDao::map, assessmentId, limit);
    }

    private static EntryEdit map(ResultSet row) throws SQLException {
        return new EntryEdit(row.getLong("id"), row.getString("assessment_id"), row.getString("code"),
                Sql.instant(row, "edited_at"), EntryText.decode(row.getString("before_entry")),
                EntryText.decode(row.getString("after_entry")));
    }
}
