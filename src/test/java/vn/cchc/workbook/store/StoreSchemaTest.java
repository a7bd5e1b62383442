package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        StoreSchema.configure(H2WorkbookStore.url(dir.toAbsolutePath()), H2WorkbookStore.USER,
                H2WorkbookStore.PASSWORD).target("1").load().migrate();
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
        StoreSchema.configure(H2WorkbookStore.url(dir.toAbsolutePath()), H2WorkbookStore.USER,
                H2WorkbookStore.PASSWORD).target("1").load().migrate();
        Assessment rich = StoreFixtures.richAssessment("a-1");
        // The assessment row in the V1 shape (no rank_text); the other tables are unchanged since V1, so their
        // V1-era data-access code writes them as a V1 release did.
        try (Connection c = connect()) {
            long treeId = CriteriaTreeDao.insert(c, rich.criteria());
            Sql.update(c, """
                    INSERT INTO assessment (id, tree_id, unit_name, unit_level, parent_authority, place_name,
                                            period_kind, period_text, assessment_year, locked, created_at,
                                            last_edited_at, edit_order, change_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                            NEXT VALUE FOR edit_sequence, 1)""", rich.id(), treeId, rich.unit().name(),
                    rich.unit().level().id(), rich.unit().parentAuthority(), rich.unit().placeName(),
                    rich.period().kind().id(), rich.period().text(), rich.year(), rich.locked());
            DepartmentDao.replace(c, rich.id(), rich.departments());
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
        assertThat(history()).containsEntry("1", true).containsEntry("2", true);
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
                .hasMessageStartingWith("Không nâng cấp được dữ liệu lên phiên bản mới:");
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
        return DriverManager.getConnection(H2WorkbookStore.url(dir.toAbsolutePath()), H2WorkbookStore.USER,
                H2WorkbookStore.PASSWORD);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
