package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Kind;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
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
    void aFileThatOnlyRecordsAStepAndMovesADeadlineIsAChangeAndItsAcceptanceKeepsARound() throws Exception {
        LocalDate sentOn = LocalDate.of(2026, 10, 1);
        Assessment sent = SmallCommune.standard("Hiền Thành").withRounds(new Rounds(Side.UNIT,
                List.of(new RoundStep(Stage.SENT_FOR_APPRAISAL, sentOn, "Lê Thị Hoa", "UBND xã Hiền Thành")),
                Map.of(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15))));
        // The province's copy: the result sent on 15/10 by Sở Nội vụ, the explanation due 25/10 instead of 20/10.
        Assessment back = sent.withRounds(new Rounds(Side.APPRAISER, List.of(sent.rounds().steps().get(0),
                new RoundStep(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15), "", "Sở Nội vụ")),
                Map.of(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15), Stage.EXPLANATION,
                        LocalDate.of(2026, 10, 25))));
        Path returned = Files.write(files.resolve("ket-qua.cchc"), CchcFile.toBytes(back, Instant.now()));
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            store.createAssessment(sent);
            ReturnedFiles rounds = new ReturnedFiles(store);

            assertThat(rounds.compare(returned).orElseThrow().changes())
                    .extracting(AssessmentChanges.Change::field, AssessmentChanges.Change::kind,
                            AssessmentChanges.Change::after)
                    .containsExactly(
                            tuple(Field.ROUND_STEP, Kind.ADDED, "Gửi kết quả thẩm định, ngày 15/10/2026, Sở Nội vụ"),
                            tuple(Field.ROUND_DEADLINE, Kind.ADDED, "Gửi giải trình: hạn 25/10/2026"));
            rounds.accept(returned);

            Assessment now = store.loadAssessment(sent.id()).orElseThrow();
            assertThat(now.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
            assertThat(now.rounds().side()).isEqualTo(Side.UNIT);
            assertThat(rounds.rounds(sent.id())).singleElement()
                    .satisfies(round -> assertThat(rounds.round(round)).isEqualTo(sent));
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
