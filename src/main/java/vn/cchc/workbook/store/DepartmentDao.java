package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Department;

/** The departments of an assessment (table department), in the user's order. */
final class DepartmentDao {

    private DepartmentDao() {
    }

    static List<Department> load(Connection connection, String assessmentId) throws SQLException {
        return Sql.list(connection, """
                SELECT department_id, name FROM department
                WHERE assessment_id = ? ORDER BY department_index""", DepartmentDao::map, assessmentId);
    }

    /** Replaces the whole list. */
    static void replace(Connection connection, String assessmentId, List<Department> departments)
            throws SQLException {
        Sql.update(connection, "DELETE FROM department WHERE assessment_id = ?", assessmentId);
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO department (assessment_id, department_id, department_index, name)
                VALUES (?, ?, ?, ?)""")) {
            for (int i = 0; i < departments.size(); i++) {
                Department department = departments.get(i);
                Sql.bind(statement, assessmentId, department.id(), i, department.name());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Department map(ResultSet row) throws SQLException {
        return new Department(row.getString("department_id"), row.getString("name"));
    }
}
