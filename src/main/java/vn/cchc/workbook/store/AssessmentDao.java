package vn.cchc.workbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.app.WorkbookStore.AssessmentSummary;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** The assessment rows themselves (table assessment): description, lock, edit order and change counter. */
final class AssessmentDao {

    private AssessmentDao() {
    }

    /** The stored header of an assessment; its criteria, departments and entries are loaded by their own DAOs. */
    record Header(String id, long treeId, AssessedUnit unit, Period period, int year, boolean locked,
                  String rankText, PublishedResult published) {
    }

    /** The change count of an assessment as created: its creation is its first change. */
    static final long CHANGES_AT_CREATION = 1;

    static void insert(Connection connection, Assessment assessment, long treeId, Instant now) throws SQLException {
        AssessedUnit unit = assessment.unit();
        Sql.update(connection, """
                INSERT INTO assessment (id, tree_id, unit_name, unit_level, parent_authority, place_name, period_kind,
                                        period_text, assessment_year, locked, created_at, last_edited_at, edit_order,
                                        change_count, rank_text, parent_line, published_total, published_index,
                                        published_decision, unit_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR edit_sequence, ?, ?, ?, ?, ?, ?, ?)""",
                assessment.id(), treeId, unit.name(), unit.level().id(), unit.parentAuthority(), unit.placeName(),
                assessment.period().kind().id(), assessment.period().text(), assessment.year(), assessment.locked(),
                now, now, CHANGES_AT_CREATION, assessment.rankText(), unit.parentLine().id(), assessment.published().total(),
                assessment.published().index(), assessment.published().decision(), unit.kind().id());
    }

    static Optional<Header> find(Connection connection, String assessmentId) throws SQLException {
        return Sql.one(connection, """
                SELECT id, tree_id, unit_name, unit_level, parent_authority, place_name, period_kind, period_text,
                       assessment_year, locked, rank_text, parent_line, published_total, published_index,
                       published_decision, unit_kind
                FROM assessment WHERE id = ?""", AssessmentDao::mapHeader, assessmentId);
    }

    static boolean exists(Connection connection, String assessmentId) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM assessment WHERE id = ?", row -> true, assessmentId).isPresent();
    }

    /** Most recently edited first. */
    static List<AssessmentSummary> list(Connection connection) throws SQLException {
        return Sql.list(connection, """
                SELECT a.id, a.unit_name, a.period_kind, a.period_text, a.assessment_year, a.last_edited_at,
                       a.edit_order, f.file_path
                FROM assessment a LEFT JOIN saved_file f ON f.assessment_id = a.id
                ORDER BY a.edit_order DESC""", AssessmentDao::mapSummary);
    }

    /**
     * Marks an edit: moves the assessment to the top of the recent list and counts the change. The new edit order,
     * drawn from a store-wide sequence (as {@link #insert} draws it), is also the workbook's revision
     * ({@link AssessmentSummary#revision()}): every write to a workbook's rows calls this or inserts it anew, in the
     * same transaction.
     *
     * @return false when there is no such assessment
     */
    static boolean touch(Connection connection, String assessmentId, Instant now) throws SQLException {
        return Sql.update(connection, """
                UPDATE assessment SET last_edited_at = ?, edit_order = NEXT VALUE FOR edit_sequence,
                                      change_count = change_count + 1
                WHERE id = ?""", now, assessmentId) == 1;
    }

    static Optional<Long> changeCount(Connection connection, String assessmentId) throws SQLException {
        return Sql.one(connection, "SELECT change_count FROM assessment WHERE id = ?", row -> row.getLong(1),
                assessmentId);
    }

    static void updateDescription(Connection connection, String assessmentId, AssessedUnit unit, Period period,
                                  int year) throws SQLException {
        Sql.update(connection, """
                UPDATE assessment SET unit_name = ?, unit_level = ?, parent_authority = ?, place_name = ?,
                                      period_kind = ?, period_text = ?, assessment_year = ?, parent_line = ?,
                                      unit_kind = ?
                WHERE id = ?""", unit.name(), unit.level().id(), unit.parentAuthority(), unit.placeName(),
                period.kind().id(), period.text(), year, unit.parentLine().id(), unit.kind().id(), assessmentId);
    }

    static void updateRankText(Connection connection, String assessmentId, String rankText) throws SQLException {
        Sql.update(connection, "UPDATE assessment SET rank_text = ? WHERE id = ?", rankText, assessmentId);
    }

    static void updatePublished(Connection connection, String assessmentId, PublishedResult published)
            throws SQLException {
        Sql.update(connection, """
                UPDATE assessment SET published_total = ?, published_index = ?, published_decision = ?
                WHERE id = ?""", published.total(), published.index(), published.decision(), assessmentId);
    }

    static void updateLocked(Connection connection, String assessmentId, boolean locked) throws SQLException {
        Sql.update(connection, "UPDATE assessment SET locked = ? WHERE id = ?", locked, assessmentId);
    }

    /** Deletes the assessment (its departments, entries, history and file record go with it) and its criteria. */
    static boolean delete(Connection connection, String assessmentId) throws SQLException {
        Optional<Long> treeId = Sql.one(connection, "SELECT tree_id FROM assessment WHERE id = ?",
                row -> row.getLong(1), assessmentId);
        if (treeId.isEmpty()) {
            return false;
        }
        Sql.update(connection, "DELETE FROM assessment WHERE id = ?", assessmentId);
        CriteriaTreeDao.delete(connection, treeId.get());
        return true;
    }

    /** Whether some assessment was started from the criteria set {@code setId}. */
    static boolean anyStartedFrom(Connection connection, String setId) throws SQLException {
        return Sql.one(connection, """
                SELECT 1 FROM assessment a JOIN criteria_tree t ON t.id = a.tree_id
                WHERE t.set_id = ? LIMIT 1""", row -> true, setId).isPresent();
    }

    private static Header mapHeader(ResultSet row) throws SQLException {
        String level = row.getString("unit_level");
        UnitLevel unitLevel = UnitLevel.fromId(level)
                .orElseThrow(() -> new IllegalStateException("Unknown level: " + level));
        // Rows stored before kinds existed have none: the usual kind of their level.
        String kindId = row.getString("unit_kind");
        UnitKind kind = kindId == null ? UnitKind.usualFor(unitLevel) : UnitKind.fromId(kindId)
                .filter(k -> k.level() == unitLevel)
                .orElseThrow(() -> new IllegalStateException("Unknown unit kind: " + kindId));
        String parentLine = row.getString("parent_line");
        AssessedUnit unit = new AssessedUnit(row.getString("unit_name"), unitLevel,
                row.getString("parent_authority"), row.getString("place_name"), kind,
                ParentLine.fromId(parentLine).orElseThrow(
                        () -> new IllegalStateException("Unknown parent line: " + parentLine)));
        PublishedResult published = new PublishedResult(Sql.decimal(row, "published_total"),
                Sql.decimal(row, "published_index"), row.getString("published_decision"));
        return new Header(row.getString("id"), row.getLong("tree_id"), unit, mapPeriod(row),
                row.getInt("assessment_year"), row.getBoolean("locked"), row.getString("rank_text"), published);
    }

    private static AssessmentSummary mapSummary(ResultSet row) throws SQLException {
        String file = row.getString("file_path");
        return new AssessmentSummary(row.getString("id"), row.getString("unit_name"), mapPeriod(row),
                row.getInt("assessment_year"), Sql.instant(row, "last_edited_at"),
                Optional.ofNullable(file).map(Path::of), row.getLong("edit_order"));
    }

    private static Period mapPeriod(ResultSet row) throws SQLException {
        String kind = row.getString("period_kind");
        return new Period(Period.Kind.fromId(kind)
                .orElseThrow(() -> new IllegalStateException("Unknown period kind: " + kind)),
                row.getString("period_text"));
    }
}
