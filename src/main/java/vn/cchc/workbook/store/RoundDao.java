package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;

/** The rounds of an assessment (column assessment.copy_side, tables round_step and round_deadline; V10). */
final class RoundDao {

    private RoundDao() {
    }

    static Rounds load(Connection connection, String assessmentId) throws SQLException {
        String sideId = Sql.one(connection, "SELECT COALESCE(copy_side, '') FROM assessment WHERE id = ?",
                row -> row.getString(1), assessmentId).filter(id -> !id.isEmpty()).orElse(null);
        Side side = sideId == null ? null : Side.fromId(sideId)
                .orElseThrow(() -> new IllegalStateException("Unknown side: " + sideId));
        List<RoundStep> steps = Sql.list(connection, """
                SELECT stage, step_date, person_name, organisation FROM round_step
                WHERE assessment_id = ? ORDER BY position""",
                row -> new RoundStep(stage(row.getString("stage")), Sql.date(row, "step_date"),
                        row.getString("person_name"), row.getString("organisation")), assessmentId);
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        record Deadline(Stage stage, LocalDate date) {
        }
        for (Deadline d : Sql.list(connection, "SELECT stage, deadline FROM round_deadline WHERE assessment_id = ?",
                row -> new Deadline(stage(row.getString("stage")), Sql.date(row, "deadline")), assessmentId)) {
            deadlines.put(d.stage(), d.date());
        }
        try {
            return new Rounds(side, steps, deadlines);
        } catch (RuntimeException undecodable) {
            throw new IllegalStateException("Stored rounds of " + assessmentId + " do not fit together", undecodable);
        }
    }

    /** Replaces the side, steps and deadlines of {@code assessmentId}. */
    static void replace(Connection connection, String assessmentId, Rounds rounds) throws SQLException {
        Sql.update(connection, "UPDATE assessment SET copy_side = ? WHERE id = ?",
                rounds.side() == null ? null : rounds.side().id(), assessmentId);
        Sql.update(connection, "DELETE FROM round_step WHERE assessment_id = ?", assessmentId);
        Sql.update(connection, "DELETE FROM round_deadline WHERE assessment_id = ?", assessmentId);
        List<RoundStep> steps = rounds.steps();
        for (int i = 0; i < steps.size(); i++) {
            RoundStep step = steps.get(i);
            Sql.update(connection, """
                    INSERT INTO round_step (assessment_id, position, stage, step_date, person_name, organisation)
                    VALUES (?, ?, ?, ?, ?, ?)""", assessmentId, i, step.stage().id(), step.date(), step.name(),
                    step.organisation());
        }
        for (Map.Entry<Stage, LocalDate> deadline : rounds.deadlines().entrySet()) {
            Sql.update(connection, "INSERT INTO round_deadline (assessment_id, stage, deadline) VALUES (?, ?, ?)",
                    assessmentId, deadline.getKey().id(), deadline.getValue());
        }
    }

    private static Stage stage(String id) {
        return Stage.fromId(id).orElseThrow(() -> new IllegalStateException("Unknown stage: " + id));
    }
}
