package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceType;
import vn.cchc.workbook.interchange.AssessmentJson;

/**
 * The store's answer to "which evidence files are cited" (V12): a workbook's entries, its whole edit history and its
 * earlier rounds, and nothing of a deleted workbook or of a round dropped by the limit; the rows a store had before
 * V12 are filled by the migration; and the scans of text the store does not parse find exactly what is cited.
 */
class EvidenceCitationsStoreTest {

    private static final String CODE = "1.1.2";

    @TempDir
    Path dir;

    private static EvidenceFile file(char digit, String name) {
        return new EvidenceFile(name, EvidenceType.PDF, 1234, String.valueOf(digit).repeat(64));
    }

    private static final EvidenceFile CURRENT = file('1', "hiện tại.pdf");
    private static final EvidenceFile HISTORY_ONLY = file('2', "đã bỏ.pdf");
    private static final EvidenceFile ROUND_ONLY = file('3', "vòng trước.pdf");
    private static final EvidenceFile OF_DELETED = file('4', "sổ đã xóa.pdf");
    private static final EvidenceFile OF_DELETED_HISTORY = file('5', "lịch sử sổ đã xóa.pdf");
    private static final EvidenceFile OF_DELETED_ROUND = file('6', "vòng của sổ đã xóa.pdf");

    private static Assessment citing(Assessment assessment, EvidenceFile... files) {
        List<EvidenceDocument> cited = java.util.Arrays.stream(files)
                .map(f -> new EvidenceDocument("12/KH-UBND", null, "Kế hoạch " + f.name(), "", f)).toList();
        return assessment.withEntry(assessment.entry(CODE).withEvidence(cited));
    }

    /** A workbook citing CURRENT, whose history cites HISTORY_ONLY and whose one round cites ROUND_ONLY. */
    private static void fill(WorkbookStore store) {
        Assessment kept = citing(StoreFixtures.richAssessment("kept"), CURRENT, HISTORY_ONLY);
        store.createAssessment(kept);
        Assessment edited = citing(kept, CURRENT);
        store.saveEntry("kept", kept.entry(CODE), edited.entry(CODE));
        store.replaceAssessment(edited, "vòng 1", AssessmentJson.toBytes(citing(edited, ROUND_ONLY)));

        Assessment gone = citing(StoreFixtures.richAssessment("gone"), OF_DELETED, OF_DELETED_HISTORY);
        store.createAssessment(gone);
        store.saveEntry("gone", gone.entry(CODE), citing(gone, OF_DELETED).entry(CODE));
        store.replaceAssessment(citing(gone, OF_DELETED), "vòng 1",
                AssessmentJson.toBytes(citing(gone, OF_DELETED_ROUND)));
    }

    @Test
    void entriesHistoryAndRoundsAreCitedUntilTheirWorkbookGoes() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            fill(store);
            assertThat(store.citedEvidenceFiles()).containsExactlyInAnyOrder(CURRENT.sha256(),
                    HISTORY_ONLY.sha256(), ROUND_ONLY.sha256(), OF_DELETED.sha256(), OF_DELETED_HISTORY.sha256(),
                    OF_DELETED_ROUND.sha256());

            store.deleteAssessment("gone");

            assertThat(store.citedEvidenceFiles()).containsExactlyInAnyOrder(CURRENT.sha256(),
                    HISTORY_ONLY.sha256(), ROUND_ONLY.sha256());
        }
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.citedEvidenceFiles()).containsExactlyInAnyOrder(CURRENT.sha256(),
                    HISTORY_ONLY.sha256(), ROUND_ONLY.sha256());
        }
    }

    @Test
    void aReplacementKeepsTheHistorysCitations() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            fill(store);
            // Another returned file, citing nothing: the history (before the replacement) still cites every file.
            Assessment plain = StoreFixtures.richAssessment("kept");
            store.replaceAssessment(plain);

            assertThat(store.citedEvidenceFiles()).contains(CURRENT.sha256(), HISTORY_ONLY.sha256(),
                    ROUND_ONLY.sha256());
        }
    }

    @Test
    void aRoundDroppedByTheLimitNoLongerCites() {
        Assessment base = StoreFixtures.richAssessment("a-1");
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(base);
            String oldest = new String(AssessmentJson.toBytes(citing(base, ROUND_ONLY)), StandardCharsets.UTF_8);
            store.replaceAssessment(base, "vòng 0", oldest.getBytes(StandardCharsets.UTF_8));
            assertThat(store.citedEvidenceFiles()).containsExactly(ROUND_ONLY.sha256());
            for (int n = 1; n <= EarlierRoundDao.MAX_PER_WORKBOOK; n++) {
                store.replaceAssessment(base, "vòng " + n, ("{\"vòng\": " + n + "}").getBytes(StandardCharsets.UTF_8));
            }

            assertThat(store.earlierRounds("a-1")).hasSize(EarlierRoundDao.MAX_PER_WORKBOOK);
            assertThat(store.citedEvidenceFiles()).isEmpty();
        }
    }

    @Test
    void aStoreFromBeforeTheCitationTablesIsFilledWhenItIsUpgraded() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            fill(store);
            store.deleteAssessment("gone");
        }
        // Back to schema 11 as an older release left it: no citation tables, no record of migration 12.
        try (Connection connection = H2Connections.open(dir, StoreFiles.DATABASE_NAME, H2Connections.Mode.WRITE);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE history_file");
            statement.execute("DROP TABLE earlier_round_file");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");
            // And without what later migrations added: V13's printed codes.
            statement.execute("ALTER TABLE criterion_node DROP COLUMN printed_code");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
        }

        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.citedEvidenceFiles()).containsExactlyInAnyOrder(CURRENT.sha256(),
                    HISTORY_ONLY.sha256(), ROUND_ONLY.sha256());
            assertThat(StoreBackups.list(StoreFiles.in(dir))).as("backed up before the upgrade").isNotEmpty();
        }
    }

    @Test
    void aClosedStoreDoesNotAnswer() {
        H2WorkbookStore store = H2WorkbookStore.open(dir);
        store.close();
        assertThatThrownBy(store::citedEvidenceFiles).isInstanceOf(StoreException.class);
    }

    @Test
    void theScansFindExactlyWhatIsCited() {
        Assessment assessment = citing(StoreFixtures.richAssessment("a-1"), CURRENT, HISTORY_ONLY);
        assessment = assessment.withEntry(assessment.entry("1.2").withEvidence(List.of(
                new EvidenceDocument("", null, "Ảnh “hiện trường” — ghi chú: \"" + "a".repeat(63) + "\"", "",
                        file('b', "ảnh hiện trường.pdf")))));
        Map<String, EvidenceFile> inventory = EvidenceInventory.of(assessment).files();

        assertThat(CitedFiles.inJson(AssessmentJson.toBytes(assessment))).isEqualTo(inventory.keySet());
        for (Entry entry : assessment.entries().values()) {
            assertThat(CitedFiles.inEntryText(EntryText.encode(entry))).isEqualTo(CitedFiles.of(entry));
        }
        // Not hashes: 63 or 65 digits, upper case, unquoted.
        String near = "\"" + "c".repeat(63) + "\" \"" + "d".repeat(65) + "\" \"" + "E".repeat(64) + "\" "
                + "f".repeat(64);
        assertThat(CitedFiles.inJson(near.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CitedFiles.inEntryText("63:" + "c".repeat(63) + "64:" + "G".repeat(64))).isEmpty();
    }
}
