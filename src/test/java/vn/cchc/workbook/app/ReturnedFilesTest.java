package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/** A returned file against the local copy, in a real store: compared, accepted with the earlier round kept. */
class ReturnedFilesTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void acceptingKeepsTheLocalCopyAsARoundButAnIdenticalFileKeepsNone() throws Exception {
        Assessment sent = SmallCommune.standard("Hiền Thành");
        Assessment back = sent.withEntry(sent.entry("2.1").withAppraisalOpinion("Thiếu báo cáo quý IV."));
        Path same = Files.write(files.resolve("giong.cchc"), CchcFile.toBytes(sent, Instant.now()));
        Path returned = Files.write(files.resolve("tra-lai.cchc"), CchcFile.toBytes(back, Instant.now()));
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            store.createAssessment(sent);
            ReturnedFiles rounds = new ReturnedFiles(store);

            assertThat(rounds.compare(same)).hasValueSatisfying(c -> assertThat(c.changes()).isEmpty());
            rounds.accept(same);
            assertThat(rounds.rounds(sent.id())).isEmpty();

            ReturnedFiles.Comparison comparison = rounds.compare(returned).orElseThrow();
            assertThat(comparison.changes()).containsExactlyElementsOf(AssessmentChanges.between(sent, back));
            assertThat(store.loadAssessment(sent.id())).contains(sent);
            rounds.accept(returned);
            assertThat(store.loadAssessment(sent.id())).contains(back);
            assertThat(rounds.rounds(sent.id())).singleElement().satisfies(round -> {
                assertThat(round.label()).contains("tra-lai.cchc");
                assertThat(rounds.round(round)).isEqualTo(sent);
            });
        }
    }

    @Test
    void aFileNotHereIsNoReturnAndARefusedFileChangesNothing() throws Exception {
        Path other = Files.write(files.resolve("khac.cchc"),
                CchcFile.toBytes(SmallCommune.standard("Khác"), Instant.now()));
        Path broken = Files.write(files.resolve("hong.cchc"), new byte[] {'P', 'K', 3, 4, 0, 0});
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            ReturnedFiles rounds = new ReturnedFiles(store);
            assertThat(rounds.compare(other)).isEmpty();
            assertThatThrownBy(() -> rounds.compare(broken)).isInstanceOf(CchcFileException.class)
                    .hasMessageContaining("hong.cchc");
            assertThat(store.listAssessments()).isEmpty();
        }
    }
}
