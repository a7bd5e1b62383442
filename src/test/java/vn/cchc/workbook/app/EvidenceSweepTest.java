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
 * folder that is not a stored file is left alone; and when a round cannot be read, nothing at all is removed.
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
    void anUnreadableRoundStopsTheSweepAndNothingIsRemoved() throws Exception {
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            EvidenceFolder folder = store.evidenceFolder();
            EvidenceFile given = store(folder, "given-up.pdf", EvidenceSamples.pdf("given up"));
            Assessment workbook = SmallCommune.standard("Hiền Thành");
            store.createAssessment(workbook);
            store.replaceAssessment(workbook, "vòng hỏng", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThatThrownBy(() -> EvidenceSweep.sweep(store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("vòng hỏng");
            assertThat(folder.contains(given.sha256())).isTrue();
        }
    }
}
