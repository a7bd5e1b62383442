package vn.cchc.workbook.store;

import vn.cchc.workbook.app.StoreException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * An edit the store refuses (a full disk) leaves the session as it was and remembered as NOT saved, which the status
 * line shows; the next edit that is stored clears it.
 */
class EditSessionWriteFailureTest {

    @TempDir
    Path dir;

    @AfterEach
    void spaceBack() {
        StoreFailures.measureFreeSpaceWith(null);
    }

    @Test
    void aRefusedEditIsRememberedAsNotSavedUntilAnEditIsStoredAgain() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment assessment = StoreFixtures.richAssessment("a-1");
            store.createAssessment(assessment);
            EditSession session = new EditSession(store, store.loadAssessment("a-1").orElseThrow());
            int[] notified = new int[1];
            session.addListener(() -> notified[0]++);
            Entry before = session.assessment().entry(StoreChild.CODE);

            StoreFailures.measureFreeSpaceWith(folder -> 0);
            assertThatThrownBy(() -> session.apply(before.withSelfExplanation("không lưu được")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("CHƯA được lưu");

            assertThat(session.writeFailure()).get().asString().contains("đã đầy");
            assertThat(notified[0]).isEqualTo(1);
            assertThat(session.assessment().entry(StoreChild.CODE)).isEqualTo(before);

            StoreFailures.measureFreeSpaceWith(null);
            session.apply(before.withSelfExplanation("lưu được"));

            assertThat(session.writeFailure()).isEmpty();
            assertThat(store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE).selfExplanation())
                    .isEqualTo("lưu được");
        }
    }
}
