package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;

/** Schema versions: current stores open as they are, older ones migrate, newer ones are refused untouched. */
class StoreSchemaTest {

    @TempDir
    Path dir;

    @Test
    void latestVersionIsTheNewestMigrationFile() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource(StoreSchema.MIGRATIONS);
        assertThat(folder).isNotNull();
        Pattern name = Pattern.compile("V(\\d+)__\\w+\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path file : files.toList()) {
                Matcher matcher = name.matcher(file.getFileName().toString());
                assertThat(matcher.matches()).as("migration file name %s", file.getFileName()).isTrue();
                newest = Math.max(newest, Integer.parseInt(matcher.group(1)));
            }
        }
        for (var migration : StoreSchema.JAVA_MIGRATIONS) {
            newest = Math.max(newest, Integer.parseInt(migration.getVersion().getVersion()));
        }
        assertThat(StoreSchema.LATEST_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void newStoreIsAtTheLatestVersionAndReopensWithoutMigrating() throws SQLException {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
        }
        assertThat(history()).containsEntry(StoreSchema.LATEST_VERSION, true).doesNotContainValue(false);
        Map<String, Boolean> migrated = history();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(rich);
        }
        assertThat(history()).isEqualTo(migrated);
    }

    @Test
    void storeMigratedByAnEarlierReleaseToV1OpensAndWorks() {
        // What an earlier release leaves behind: Flyway's own run to V1, with nothing of ours on top.
        StoreSchema.configure(H2Connections.dataSource(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.CREATE))
                .target("1").load().migrate();
        Assessment rich = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listAssessments()).isEmpty();
            store.createAssessment(rich);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(rich);
        }
    }

    @Test
    void version1StoreWithDataOpensUnderVersion2WithEverythingIntact() throws Exception {
        StoreSchema.configure(H2Connections.dataSource(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.CREATE))
                .target("1").load().migrate();
        Assessment rich = StoreFixtures.richAssessment("a-1");
        // The assessment and criteria rows in the V1 shape (no rank_text, unit_kind, as_published, per_item,
        // rule_wording); the other tables are unchanged since V1, so their data-access code writes them as a V1
        // release did.
        try (Connection c = connect()) {
            long treeId = insertTreeAsV1(c, rich.criteria());
            Sql.update(c, """
                    INSERT INTO assessment (id, tree_id, unit_name, unit_level, parent_authority, place_name,
                                            period_kind, period_text, assessment_year, locked, created_at,
                                            last_edited_at, edit_order, change_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                            NEXT VALUE FOR edit_sequence, 1)""", rich.id(), treeId, rich.unit().name(),
                    rich.unit().level().id(), rich.unit().parentAuthority(), rich.unit().placeName(),
                    rich.period().kind().id(), rich.period().text(), rich.year(), rich.locked());
            for (int i = 0; i < rich.departments().size(); i++) {
                Sql.update(c, """
                        INSERT INTO department (assessment_id, department_id, department_index, name)
                        VALUES (?, ?, ?, ?)""", rich.id(), rich.departments().get(i).id(), i,
                        rich.departments().get(i).name());
            }
            // Entries without evidence through today's code; evidence rows in the V1 shape (no file columns).
            java.util.Map<String, vn.cchc.workbook.domain.assessment.Entry> bare = new java.util.LinkedHashMap<>();
            rich.entries().forEach((code, entry) -> bare.put(code, entry.withEvidence(java.util.List.of())));
            EntryDao.insertAll(c, rich.id(), bare);
            for (var entry : rich.entries().values()) {
                for (int i = 0; i < entry.evidence().size(); i++) {
                    var document = entry.evidence().get(i);
                    Sql.update(c, """
                            INSERT INTO evidence (assessment_id, code, evidence_index, doc_number, doc_date, summary,
                                                  file_path)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", rich.id(), entry.code(), i, document.number(),
                            document.date(), document.summary(), document.filePath());
                }
            }
        }
        assertThat(history()).containsOnlyKeys("1");

        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(rich);
            assertThat(store.loadAssessment("a-1").orElseThrow().rankText()).isEmpty();
            assertThat(store.loadAssessment("a-1").orElseThrow().earlierPeriod()).isNull();
            store.saveRankText("a-1", "xếp thứ 4/18 xã, thị trấn");
        }
        assertThat(history()).containsEntry("1", true).containsEntry("2", true).containsEntry("3", true);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(rich.withRankText("xếp thứ 4/18 xã, thị trấn"));
        }
    }

    @Test
    void storeFromANewerReleaseIsRefusedAndLeftByteIdentical() throws Exception {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        execute("""
                INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                    "checksum", "installed_by", "installed_on", "execution_time", "success")
                VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 12345, 'cchc',
                    CURRENT_TIMESTAMP, 5, TRUE)""");
        Path databaseFile = dir.resolve("workbook.mv.db");
        byte[] before = Files.readAllBytes(databaseFile);
        List<String> filesBefore = fileNames();

        assertThatThrownBy(() -> H2WorkbookStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage("Dữ liệu được tạo bởi phiên bản mới hơn của chương trình (phiên bản dữ liệu 99, "
                        + "phiên bản này chỉ đọc được đến " + StoreSchema.LATEST_VERSION + "). Hãy cập nhật chương trình; dữ liệu không bị thay đổi.");

        assertThat(Files.readAllBytes(databaseFile)).isEqualTo(before);
        assertThat(fileNames()).isEqualTo(filesBefore);
    }

    @Test
    void storeWithAFailedMigrationIsRefusedWithAMessage() throws Exception {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");

        assertThatThrownBy(() -> H2WorkbookStore.open(dir))
                .isInstanceOf(StoreException.class)
                .isInstanceOf(StoreDamagedException.class)
                .hasMessageStartingWith("Dữ liệu trong máy có dấu hiệu bị hỏng: lần nâng cấp dữ liệu trước đã không "
                        + "hoàn tất.");
    }

    /** The tree as the V1 release wrote it: only the V1 columns. */
    private static long insertTreeAsV1(Connection c, vn.cchc.workbook.domain.criteria.CriteriaSet set)
            throws SQLException {
        Sql.update(c, """
                INSERT INTO criteria_tree (set_id, name, decision_number, decision_date, decision_issuer, unit_level,
                                           set_year, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", set.id(), set.name(), set.decision().number(),
                set.decision().date(), set.decision().issuer(), set.level().id(), set.year(), set.version());
        long treeId = Sql.one(c, "SELECT MAX(id) FROM criteria_tree", row -> row.getLong(1)).orElseThrow();
        int[] next = {0};
        for (vn.cchc.workbook.domain.criteria.CriterionNode root : set.roots()) {
            insertNodeAsV1(c, treeId, root, null, next);
        }
        return treeId;
    }

    private static void insertNodeAsV1(Connection c, long treeId, vn.cchc.workbook.domain.criteria.CriterionNode node,
                                       Integer parent, int[] next) throws SQLException {
        int index = next[0]++;
        var rule = node.rule();
        Sql.update(c, """
                INSERT INTO criterion_node (tree_id, node_index, parent_index, code, title, max_points, rule_kind,
                                            manual_step, ratio_threshold, ratio_full_at, deduction_per_violation,
                                            guidance, evidence_required, default_department, section)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", treeId, index, parent, node.code(),
                node.title(), node.maxPoints(), rule.kind(),
                rule instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Manual m ? m.step() : null,
                rule instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Ratio r ? r.threshold() : null,
                rule instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Ratio r ? r.fullAt() : null,
                rule instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Deductions d ? d.perViolation() : null,
                node.guidance(), node.evidenceRequired(), node.defaultDepartment(), node.section().id());
        if (rule instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Levels levels) {
            for (int i = 0; i < levels.levels().size(); i++) {
                Sql.update(c, "INSERT INTO criterion_level (tree_id, node_index, level_index, label, points) "
                        + "VALUES (?, ?, ?, ?, ?)", treeId, index, i, levels.levels().get(i).label(),
                        levels.levels().get(i).points());
            }
        }
        for (vn.cchc.workbook.domain.criteria.CriterionNode child : node.children()) {
            insertNodeAsV1(c, treeId, child, index, next);
        }
    }

    private Map<String, Boolean> history() throws SQLException {
        Map<String, Boolean> rows = new TreeMap<>();
        try (Connection connection = connect();
             var result = connection.createStatement().executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getBoolean(2));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return H2Connections.open(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.WRITE);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
