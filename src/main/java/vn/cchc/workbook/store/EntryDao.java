package vn.cchc.workbook.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceType;

/** Entries of an assessment with their evidence and responsibilities (tables entry, evidence, responsibility). */
final class EntryDao {

    private static final String INPUT_COLUMNS = """
            self_kind, self_points, self_level, self_total, self_achieved, self_violations,
            first_kind, first_points, first_level, first_total, first_achieved, first_violations,
            second_kind, second_points, second_level, second_total, second_achieved, second_violations""";

    private EntryDao() {
    }

    /** Every entry of an assessment, in the order they were first recorded. */
    static Map<String, Entry> load(Connection connection, String assessmentId) throws SQLException {
        Map<String, List<EvidenceDocument>> evidence = new HashMap<>();
        for (Keyed<EvidenceDocument> row : Sql.list(connection, """
                SELECT code, doc_number, doc_date, summary, file_path, file_name, file_type, file_size, file_sha256
                FROM evidence
                WHERE assessment_id = ? ORDER BY code, evidence_index""", EntryDao::mapEvidence, assessmentId)) {
            evidence.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row.value());
        }
        Map<String, List<Responsibility>> responsibilities = new HashMap<>();
        for (Keyed<Responsibility> row : Sql.list(connection, """
                SELECT code, department_id, points FROM responsibility
                WHERE assessment_id = ? ORDER BY code, responsibility_index""", EntryDao::mapResponsibility,
                assessmentId)) {
            responsibilities.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row.value());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : Sql.list(connection, "SELECT code, not_applicable, " + INPUT_COLUMNS + """
                , self_explanation, appraisal_opinion, remedy_measure, remedy_deadline, remedy_status, target,
                  expected_gain
                FROM entry WHERE assessment_id = ? ORDER BY entry_index""", EntryDao::mapEntry, assessmentId)) {
            entries.put(entry.code(), entry
                    .withEvidence(evidence.getOrDefault(entry.code(), List.of()))
                    .withResponsibilities(responsibilities.getOrDefault(entry.code(), List.of())));
        }
        return entries;
    }

    static void insertAll(Connection connection, String assessmentId, Map<String, Entry> entries)
            throws SQLException {
        int index = 0;
        for (Entry entry : entries.values()) {
            insert(connection, assessmentId, entry, index++);
        }
    }

    /**
     * Writes {@code entry} over what is stored for its code; an empty entry removes the row, as
     * {@link vn.cchc.workbook.domain.assessment.Assessment} keeps only non-empty entries.
     */
    static void write(Connection connection, String assessmentId, Entry entry) throws SQLException {
        Integer index = Sql.one(connection, "SELECT entry_index FROM entry WHERE assessment_id = ? AND code = ?",
                row -> row.getInt(1), assessmentId, entry.code()).orElse(null);
        if (index != null) {
            Sql.update(connection, "DELETE FROM entry WHERE assessment_id = ? AND code = ?",
                    assessmentId, entry.code());
        }
        if (entry.isEmpty()) {
            return;
        }
        if (index == null) {
            index = Sql.one(connection, "SELECT COALESCE(MAX(entry_index) + 1, 0) FROM entry WHERE assessment_id = ?",
                    row -> row.getInt(1), assessmentId).orElse(0);
        }
        insert(connection, assessmentId, entry, index);
    }

    private static void insert(Connection connection, String assessmentId, Entry entry, int index)
            throws SQLException {
        List<Object> params = new ArrayList<>(List.of(assessmentId, entry.code(), index));
        params.add(entry.notApplicable());
        addInput(params, entry.self());
        addInput(params, entry.firstAppraisal());
        addInput(params, entry.secondAppraisal());
        Remedy remedy = entry.remedy();
        params.add(entry.selfExplanation());
        params.add(entry.appraisalOpinion());
        params.add(remedy.measure());
        params.add(remedy.deadline());
        params.add(remedy.status().id());
        params.add(entry.target());
        params.add(entry.expectedGain());
        Sql.update(connection, "INSERT INTO entry (assessment_id, code, entry_index, not_applicable, " + INPUT_COLUMNS
                + """
                , self_explanation, appraisal_opinion, remedy_measure, remedy_deadline, remedy_status, target,
                  expected_gain)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                params.toArray());
        if (!entry.evidence().isEmpty()) {
            insertEvidence(connection, assessmentId, entry);
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO responsibility (assessment_id, code, responsibility_index, department_id, points)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < entry.responsibilities().size(); i++) {
                Responsibility responsibility = entry.responsibilities().get(i);
                Sql.bind(statement, assessmentId, entry.code(), i, responsibility.departmentId(),
                        responsibility.points());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertEvidence(Connection connection, String assessmentId, Entry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO evidence (assessment_id, code, evidence_index, doc_number, doc_date, summary, file_path,
                                      file_name, file_type, file_size, file_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < entry.evidence().size(); i++) {
                EvidenceDocument document = entry.evidence().get(i);
                EvidenceFile file = document.file();
                Sql.bind(statement, assessmentId, entry.code(), i, document.number(), document.date(),
                        document.summary(), document.filePath(), file == null ? null : file.name(),
                        file == null ? null : file.type().id(), file == null ? null : file.size(),
                        file == null ? null : file.sha256());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The six columns of one score input: kind, points, level, total, achieved, violations. */
    private static void addInput(List<Object> params, RuleInput input) {
        String kind = input == null ? null : input.kind();
        BigDecimal points = input instanceof RuleInput.PointsInput p ? p.points() : null;
        Integer level = input instanceof RuleInput.LevelChoice l ? l.index() : null;
        BigDecimal total = input instanceof RuleInput.RatioInput r ? r.total() : null;
        BigDecimal achieved = input instanceof RuleInput.RatioInput r ? r.achieved() : null;
        // Counts of both kinds share the one count column; the kind column tells them apart.
        Integer violations = input instanceof RuleInput.ViolationCount v ? Integer.valueOf(v.count())
                : input instanceof RuleInput.ItemCount i ? Integer.valueOf(i.count()) : null;
        params.add(kind);
        params.add(points);
        params.add(level);
        params.add(total);
        params.add(achieved);
        params.add(violations);
    }

    private static RuleInput mapInput(ResultSet row, String prefix) throws SQLException {
        String kind = row.getString(prefix + "_kind");
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "points" -> new RuleInput.PointsInput(Sql.decimal(row, prefix + "_points"));
            case "level" -> new RuleInput.LevelChoice(row.getInt(prefix + "_level"));
            case "ratio" -> new RuleInput.RatioInput(Sql.decimal(row, prefix + "_total"),
                    Sql.decimal(row, prefix + "_achieved"));
            case "violations" -> new RuleInput.ViolationCount(row.getInt(prefix + "_violations"));
            case "items" -> new RuleInput.ItemCount(row.getInt(prefix + "_violations"));
            default -> throw new IllegalStateException("Unknown input kind in store: " + kind);
        };
    }

    private static Entry mapEntry(ResultSet row) throws SQLException {
        String status = row.getString("remedy_status");
        Remedy remedy = new Remedy(row.getString("remedy_measure"), Sql.date(row, "remedy_deadline"),
                Remedy.Status.fromId(status)
                        .orElseThrow(() -> new IllegalStateException("Unknown remedy status: " + status)));
        return new Entry(row.getString("code"), row.getBoolean("not_applicable"), mapInput(row, "self"),
                mapInput(row, "first"), mapInput(row, "second"), row.getString("self_explanation"),
                row.getString("appraisal_opinion"), List.of(), List.of(), remedy, Sql.decimal(row, "target"),
                Sql.decimal(row, "expected_gain"));
    }

    private record Keyed<T>(String code, T value) {
    }

    private static Keyed<EvidenceDocument> mapEvidence(ResultSet row) throws SQLException {
        EvidenceFile file = null;
        String sha256 = row.getString("file_sha256");
        if (sha256 != null) {
            String type = row.getString("file_type");
            file = new EvidenceFile(row.getString("file_name"), EvidenceType.fromId(type)
                    .orElseThrow(() -> new IllegalStateException("Unknown evidence type in store: " + type)),
                    row.getLong("file_size"), sha256);
        }
        return new Keyed<>(row.getString("code"), new EvidenceDocument(row.getString("doc_number"),
                Sql.date(row, "doc_date"), row.getString("summary"), row.getString("file_path"), file));
    }

    private static Keyed<Responsibility> mapResponsibility(ResultSet row) throws SQLException {
        return new Keyed<>(row.getString("code"),
                new Responsibility(row.getString("department_id"), Sql.decimal(row, "points")));
    }
}
