package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.PublishedResult;

/** The baseline an assessment is compared with (tables earlier_period, earlier_node, earlier_department). */
final class EarlierPeriodDao {

    private EarlierPeriodDao() {
    }

    static Optional<EarlierPeriod> load(Connection connection, String assessmentId) throws SQLException {
        record Head(String earlierId, String unitName, Period period, int year, String setId, String rankText,
                    java.math.BigDecimal maximum, java.math.BigDecimal applicable, java.math.BigDecimal total,
                    java.math.BigDecimal index, java.math.BigDecimal publishedTotal,
                    java.math.BigDecimal publishedIndex) {
        }
        Optional<Head> head = Sql.one(connection, """
                SELECT earlier_assessment_id, unit_name, period_kind, period_text, period_year, criteria_set_id,
                       rank_text, maximum, applicable_maximum, total, index_value, published_total, published_index
                FROM earlier_period WHERE assessment_id = ?""", row -> new Head(
                row.getString("earlier_assessment_id"), row.getString("unit_name"), period(row),
                row.getInt("period_year"), row.getString("criteria_set_id"), row.getString("rank_text"),
                Sql.decimal(row, "maximum"), Sql.decimal(row, "applicable_maximum"), Sql.decimal(row, "total"),
                Sql.decimal(row, "index_value"), Sql.decimal(row, "published_total"),
                Sql.decimal(row, "published_index")), assessmentId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<EarlierNode> nodes = Sql.list(connection, """
                SELECT code, title, depth, max_points, points, deduction, opinion, not_applicable, rank_text
                FROM earlier_node WHERE assessment_id = ? ORDER BY node_index""", row -> new EarlierNode(
                row.getString("code"), row.getString("title"), row.getInt("depth"), Sql.decimal(row, "max_points"),
                Sql.decimal(row, "points"), Sql.decimal(row, "deduction"), row.getString("opinion"),
                row.getBoolean("not_applicable"), row.getString("rank_text")), assessmentId);
        List<EarlierDepartment> departments = Sql.list(connection, """
                SELECT name, responsible, achieved, deduction
                FROM earlier_department WHERE assessment_id = ? ORDER BY department_index""",
                row -> new EarlierDepartment(row.getString("name"), Sql.decimal(row, "responsible"),
                        Sql.decimal(row, "achieved"), Sql.decimal(row, "deduction")), assessmentId);
        Head h = head.get();
        return Optional.of(new EarlierPeriod(h.earlierId(), h.unitName(), h.period(), h.year(), h.setId(),
                h.rankText(), nodes, departments, h.maximum(), h.applicable(), h.total(), h.index(),
                h.publishedTotal() == null && h.publishedIndex() == null ? PublishedResult.NONE
                        : new PublishedResult(h.publishedTotal(), h.publishedIndex(), "")));
    }

    /** Replaces the baseline of {@code assessmentId}; null removes it. */
    static void replace(Connection connection, String assessmentId, EarlierPeriod earlier) throws SQLException {
        Sql.update(connection, "DELETE FROM earlier_period WHERE assessment_id = ?", assessmentId);
        if (earlier == null) {
            return;
        }
        Sql.update(connection, """
                INSERT INTO earlier_period (assessment_id, earlier_assessment_id, unit_name, period_kind, period_text,
                                            period_year, criteria_set_id, rank_text, maximum, applicable_maximum,
                                            total, index_value, published_total, published_index)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", assessmentId, earlier.assessmentId(),
                earlier.unitName(), earlier.period().kind().id(), earlier.period().text(), earlier.year(),
                earlier.criteriaSetId(), earlier.rankText(), earlier.maximum(), earlier.applicableMaximum(),
                earlier.total(), earlier.index(), earlier.published().total(), earlier.published().index());
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO earlier_node (assessment_id, node_index, code, title, depth, max_points, points,
                                          deduction, opinion, not_applicable, rank_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            List<EarlierNode> nodes = earlier.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                EarlierNode n = nodes.get(i);
                Sql.bind(statement, assessmentId, i, n.code(), n.title(), n.depth(), n.maximum(), n.points(),
                        n.deduction(), n.opinion(), n.notApplicable(), n.rankText());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO earlier_department (assessment_id, department_index, name, responsible, achieved,
                                                deduction)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            List<EarlierDepartment> departments = earlier.departments();
            for (int i = 0; i < departments.size(); i++) {
                EarlierDepartment d = departments.get(i);
                Sql.bind(statement, assessmentId, i, d.name(), d.responsible(), d.achieved(), d.deduction());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Period period(ResultSet row) throws SQLException {
        String kind = row.getString("period_kind");
        return new Period(Period.Kind.fromId(kind)
                .orElseThrow(() -> new IllegalStateException("Unknown period kind: " + kind)),
                row.getString("period_text"));
    }
}
