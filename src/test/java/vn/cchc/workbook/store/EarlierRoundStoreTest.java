package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Earlier rounds (V11): the copy a returned file replaced is kept in the same transaction as the replacement,
 * survives later replacements and reopening, goes with the workbook when it is deleted, and is bounded.
 */
class EarlierRoundStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replacingKeepsTheEarlierCopyAndLaterReplacementsKeepTheRoundsBefore() {
        Assessment sent = StoreFixtures.richAssessment("a-1");
        Assessment first = sent.withEntry(sent.entry("1.1.2").withAppraisalOpinion("Thiếu minh chứng."));
        Assessment second = first.withEntry(first.entry("1.1.2").withSelfExplanation("Đã bổ sung."));
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(sent);
            store.replaceAssessment(first, "Trước khi nhận “lan-1.cchc”", bytes("bản gửi đi"));
            store.replaceAssessment(second, "Trước khi nhận “lan-2.cchc”", bytes("bản thẩm định lần 1"));
            assertThat(store.loadAssessment("a-1")).contains(second);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            List<WorkbookStore.EarlierRound> rounds = store.earlierRounds("a-1");
            assertThat(rounds).extracting(WorkbookStore.EarlierRound::label)
                    .containsExactly("Trước khi nhận “lan-1.cchc”", "Trước khi nhận “lan-2.cchc”");
            assertThat(rounds.get(0).sizeBytes()).isEqualTo(bytes("bản gửi đi").length);
            assertThat(rounds.get(0).keptAt()).isBeforeOrEqualTo(rounds.get(1).keptAt());
            assertThat(store.earlierRoundData(rounds.get(0).id())).hasValueSatisfying(data ->
                    assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("bản gửi đi"));
            assertThat(store.earlierRoundData(rounds.get(1).id())).hasValueSatisfying(data ->
                    assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("bản thẩm định lần 1"));
            assertThat(store.earlierRounds("other")).isEmpty();
        }
    }

    @Test
    void aFailedReplacementKeepsNoRound() {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment missing = StoreFixtures.richAssessment("not-here");
            assertThatThrownBy(() -> store.replaceAssessment(missing, "x", bytes("y")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not-here");
            assertThat(store.earlierRounds("not-here")).isEmpty();
        }
    }

    @Test
    void anEmptyOrOversizedCopyIsRefusedAndNothingChanges() {
        Assessment sent = StoreFixtures.richAssessment("a-1");
        Assessment returned = sent.withLocked(true);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(sent);
            assertThatThrownBy(() -> store.replaceAssessment(returned, "x", new byte[0]))
                    .isInstanceOf(StoreException.class).hasMessageContaining("0 KB");
            assertThatThrownBy(() -> store.replaceAssessment(returned, "x",
                    new byte[EarlierRoundDao.MAX_BYTES + 1]))
                    .isInstanceOf(StoreException.class).hasMessageContaining("vượt giới hạn 32 MB");
            assertThat(store.loadAssessment("a-1")).contains(sent);
            assertThat(store.earlierRounds("a-1")).isEmpty();
        }
    }

    @Test
    void deletingTheWorkbookDeletesItsRoundsAndTheOldestGoesBeyondTheLimit() {
        Assessment sent = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(sent);
            store.createAssessment(StoreFixtures.richAssessment("b-1"));
            for (int i = 1; i <= EarlierRoundDao.MAX_PER_WORKBOOK + 2; i++) {
                store.replaceAssessment(sent, "vòng " + i, bytes("bản " + i));
            }
            store.replaceAssessment(StoreFixtures.richAssessment("b-1"), "vòng b", bytes("bản b"));
            List<WorkbookStore.EarlierRound> rounds = store.earlierRounds("a-1");
            assertThat(rounds).hasSize(EarlierRoundDao.MAX_PER_WORKBOOK);
            assertThat(rounds.get(0).label()).isEqualTo("vòng 3");
            assertThat(rounds.get(rounds.size() - 1).label()).isEqualTo("vòng " + (EarlierRoundDao.MAX_PER_WORKBOOK + 2));
            store.deleteAssessment("a-1");
            assertThat(store.earlierRounds("a-1")).isEmpty();
            assertThat(store.earlierRounds("b-1")).extracting(WorkbookStore.EarlierRound::label)
                    .containsExactly("vòng b");
        }
    }
}
