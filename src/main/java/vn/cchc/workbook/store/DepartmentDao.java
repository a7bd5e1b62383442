package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Department;

/** The departments of an assessment (tables department and department_short_name), in the user's order. */
final class DepartmentDao {

    private DepartmentDao() {
    }

    static List<Department> load(Connection connection, String assessmentId) throws SQLException {
        return Sql.list(connection, """
                SELECT d.department_id, d.name, COALESCE(s.short_name, '') AS short_name FROM department d
                LEFT JOIN department_short_name s
                       ON s.assessment_id = d.assessment_id AND s.department_id = d.department_id
                WHERE d.assessment_id = ? ORDER BY d.department_index""", DepartmentDao::map, assessmentId);
    }

    /** Replaces the whole list. */
    static void replace(Connection connection, String assessmentId, List<Department> departments)
            throws SQLException {
        Sql.update(connection, "DELETE FROM department WHERE assessment_id = ?", assessmentId);
        Sql.update(connection, "DELETE FROM department_short_name WHERE assessment_id = ?", assessmentId);
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO department (assessment_id, department_id, department_index, name)
                VALUES (?, ?, ?, ?)""");
             PreparedStatement shortNames = connection.prepareStatement("""
                INSERT INTO department_short_name (assessment_id, department_id, short_name)
                VALUES (?, ?, ?)""")) {
            for (int i = 0; i < departments.size(); i++) {
                Department department = departments.get(i);
                Sql.bind(statement, assessmentId, department.id(), i, department.name());
                statement.addBatch();
                if (!department.shortName().isEmpty()) {
                    Sql.bind(shortNames, assessmentId, department.id(), department.shortName());
                    shortNames.addBatch();
                }
            }
            statement.executeBatch();
            shortNames.executeBatch();
        }
    }

    private static Department map(ResultSet row) throws SQLException {
        return new Department(row.getString("department_id"), row.getString("name"), row.getString("short_name"));
    }
}
