package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoredWorkbookCheck;
import vn.cchc.workbook.app.StoredWorkbookList;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * Start-up reads every stored workbook once: the store's opening check reads them all (to trust the store), and the
 * start screen's list is scored from that reading instead of loading each again. Counted on a real store with
 * several workbooks; a later list, or one after a write, reads from the store again and shows the change.
 */
class StartUpReadsOnceTest {

    private static final int WORKBOOKS = 7;

    @TempDir
    Path dir;

    @Test
    void openingTheStoreAndListingItsWorkbooksReadsEachWorkbookOnce() {
        createWorkbooks();
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.assessmentReads()).as("the opening check").isEqualTo(WORKBOOKS);
            List<StoredWorkbookList.Line<StoredWorkbookCheck.Outcome>> listed = newList().read(store);

            assertThat(store.assessmentReads()).as("opening and listing").isEqualTo(WORKBOOKS);
            assertThat(listed).hasSize(WORKBOOKS);
            assertThat(listed).allSatisfy(line -> assertThat(line.figures().isDamaged()).isFalse());
            assertThat(listed.get(0).summary().id()).isEqualTo("a-" + WORKBOOKS);

            // Handed over once: another list, which keeps nothing yet, reads the store.
            newList().read(store);
            assertThat(store.assessmentReads()).isEqualTo(2L * WORKBOOKS);
        }
    }

    @Test
    void aWriteBeforeTheFirstListMakesItReadTheStoreAndShowTheChange() {
        createWorkbooks();
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            Entry before = store.loadAssessment("a-3").orElseThrow().entry(StoreChild.CODE);
            store.saveEntry("a-3", before, before.withSelfExplanation("sửa sau khi mở"));
            long afterWrite = store.assessmentReads();

            List<StoredWorkbookList.Line<StoredWorkbookCheck.Outcome>> listed = newList().read(store);

            assertThat(store.assessmentReads() - afterWrite).isEqualTo(WORKBOOKS);
            assertThat(listed.get(0).summary().id()).isEqualTo("a-3");
            assertThat(listed.get(0).figures().assessment().entry(StoreChild.CODE).selfExplanation())
                    .isEqualTo("sửa sau khi mở");
        }
    }

    /** A list that keeps each workbook's whole check (a test's few workbooks may stay in memory). */
    private static StoredWorkbookList<StoredWorkbookCheck.Outcome> newList() {
        return new StoredWorkbookList<>(outcome -> outcome);
    }

    private void createWorkbooks() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (int n = 1; n <= WORKBOOKS; n++) {
                store.createAssessment(StoreFixtures.richAssessment("a-" + n));
            }
        }
    }
}
