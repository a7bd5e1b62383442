package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.app.EvidenceFolder;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * The sweep of unreferenced evidence files, in a real store: a file nothing cites and a file only a deleted workbook
 * cited go; a file cited by a workbook, by the edit history (undo) or by an earlier round stays; anything in the
 * folder that is not a stored file is left alone; a round keeps every file written in it, parsed or not; and when
 * the store cannot say which files are cited, nothing at all is removed.
 */
class EvidenceSweepTest {

    @TempDir
    Path data;
    @TempDir
    Path documents;

    private EvidenceFile store(EvidenceFolder folder, String name, byte[] bytes) throws Exception {
        return folder.add(EvidenceSamples.write(documents, name, bytes));
    }

    private static Assessment citing(Assessment assessment, String code, EvidenceFile... files) {
        List<EvidenceDocument> cited = java.util.Arrays.stream(files)
                .map(file -> new EvidenceDocument("", null, file.name(), "", file)).toList();
        return assessment.withEntry(assessment.entry(code).withEvidence(cited));
    }

    @Test
    void onlyFilesNothingNeedsAreRemoved() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            EvidenceFolder folder = store.evidenceFolder();
            EvidenceFile cited = store(folder, "cited.pdf", EvidenceSamples.pdf("cited"));
            EvidenceFile given = store(folder, "given-up.pdf", EvidenceSamples.pdf("given up"));
            EvidenceFile ofDeleted = store(folder, "deleted.png", EvidenceSamples.png(1));
            EvidenceFile inHistory = store(folder, "history.jpg", EvidenceSamples.jpeg(2));
            EvidenceFile inRound = store(folder, "round.pdf", EvidenceSamples.pdf("round"));
            Path junk = Files.writeString(folder.root().resolve("ghi-chu.txt"), "không phải tệp minh chứng");

            Assessment kept = citing(SmallCommune.standard("Hiền Thành").withId("kept"), "2.1", cited, inHistory);
            store.createAssessment(kept);
            // The edit that removes inHistory is in the history: undo would cite it again.
            Assessment edited = citing(kept, "2.1", cited);
            store.saveEntry("kept", kept.entry("2.1"), edited.entry("2.1"));
            // An earlier round cites inRound.
            store.replaceAssessment(edited, "vòng 1", AssessmentJson.toBytes(citing(edited, "1.1", inRound)));
            store.createAssessment(citing(SmallCommune.standard("Khác").withId("gone"), "1.1", ofDeleted, cited));
            store.deleteAssessment("gone");

            EvidenceSweep.Result result = EvidenceSweep.sweep(store);

            assertThat(result.removed()).isEqualTo(2);
            assertThat(result.bytes()).isEqualTo(given.size() + ofDeleted.size());
            assertThat(result.kept()).isEqualTo(3);
            assertThat(folder.contains(cited.sha256())).isTrue();
            assertThat(folder.contains(inHistory.sha256())).isTrue();
            assertThat(folder.contains(inRound.sha256())).isTrue();
            assertThat(folder.contains(given.sha256())).isFalse();
            assertThat(folder.contains(ofDeleted.sha256())).isFalse();
            assertThat(junk).exists();
            assertThat(EvidenceSweep.sweep(store)).isEqualTo(new EvidenceSweep.Result(0, 0, 3));
        }
    }

    @Test
    void aFileCitedOnlyByHistoryOrOnlyByARoundStaysUntilItsWorkbookIsDeleted() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            EvidenceFolder folder = store.evidenceFolder();
            EvidenceFile inHistory = store(folder, "history.pdf", EvidenceSamples.pdf("history only"));
            EvidenceFile inRound = store(folder, "round.pdf", EvidenceSamples.pdf("round only"));
            Assessment workbook = SmallCommune.standard("Hiền Thành").withId("w");
            store.createAssessment(workbook);
            Assessment attached = citing(workbook, "2.1", inHistory);
            store.saveEntry("w", workbook.entry("2.1"), attached.entry("2.1"));
            store.saveEntry("w", attached.entry("2.1"), workbook.entry("2.1"));
            store.replaceAssessment(workbook, "vòng 1", AssessmentJson.toBytes(citing(workbook, "1.1", inRound)));

            assertThat(EvidenceSweep.sweep(store)).isEqualTo(new EvidenceSweep.Result(0, 0, 2));

            store.deleteAssessment("w");

            assertThat(EvidenceSweep.sweep(store))
                    .isEqualTo(new EvidenceSweep.Result(2, inHistory.size() + inRound.size(), 0));
            assertThat(folder.contains(inHistory.sha256())).isFalse();
            assertThat(folder.contains(inRound.sha256())).isFalse();
        }
        // Reopened: nothing comes back, nothing else goes.
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            assertThat(store.evidenceFolder().storedHashes()).isEmpty();
        }
    }

    @Test
    void aRoundKeepsEveryFileItNamesEvenWhenItDoesNotParse() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            EvidenceFolder folder = store.evidenceFolder();
            EvidenceFile named = store(folder, "named.pdf", EvidenceSamples.pdf("named"));
            EvidenceFile given = store(folder, "given-up.pdf", EvidenceSamples.pdf("given up"));
            Assessment workbook = SmallCommune.standard("Hiền Thành");
            store.createAssessment(workbook);
            // Cut short: the store never parses a round, it notes every hash written in it.
            String cut = "{\"entries\": [{\"sha256\": \"" + named.sha256() + "\", \"name\": \"v";
            store.replaceAssessment(workbook, "vòng hỏng", cut.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(EvidenceSweep.sweep(store)).isEqualTo(new EvidenceSweep.Result(1, given.size(), 1));
            assertThat(folder.contains(named.sha256())).isTrue();
        }
    }

    @Test
    void theSweepAtStartUpReadsNoWorkbookAndLeavesTheOpeningReadToTheStartScreen() throws Exception {
        int workbooks = 5;
        EvidenceFile given;
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            EvidenceFolder folder = store.evidenceFolder();
            EvidenceFile cited = store(folder, "cited.pdf", EvidenceSamples.pdf("cited"));
            given = store(folder, "given-up.pdf", EvidenceSamples.pdf("given up"));
            for (int n = 1; n <= workbooks; n++) {
                store.createAssessment(citing(SmallCommune.standard("Xã " + n).withId("w-" + n), "2.1", cited));
            }
        }
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            long opening = store.assessmentReads();

            assertThat(EvidenceSweep.sweep(store)).isEqualTo(new EvidenceSweep.Result(1, given.size(), 1));

            assertThat(opening).as("the opening check").isEqualTo(workbooks);
            assertThat(store.assessmentReads()).as("after the sweep").isEqualTo(opening);
            assertThat(store.takeCheckedAssessments()).as("still there for the start screen").hasSize(workbooks);
        }
    }

    @Test
    void whenTheStoreCannotSayWhatIsCitedNothingIsRemoved() throws Exception {
        H2WorkbookStore store = H2WorkbookStore.open(data);
        EvidenceFolder folder = store.evidenceFolder();
        EvidenceFile given = store(folder, "given-up.pdf", EvidenceSamples.pdf("given up"));
        store.close();

        assertThatThrownBy(() -> EvidenceSweep.sweep(store)).isInstanceOf(StoreException.class);
        assertThat(folder.contains(given.sha256())).isTrue();
    }
}
