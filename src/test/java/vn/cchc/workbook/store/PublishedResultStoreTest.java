package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.PublishedResult;

/** The published result and the header-block choice (schema V4) are stored and come back equal. */
class PublishedResultStoreTest {

    @TempDir
    Path dir;

    private static final PublishedResult SEED_003 = new PublishedResult(new BigDecimal("69.82"),
            new BigDecimal("83.61"), "Quyết định số 123/QĐ-UBND ngày 15/01/2024 của UBND huyện Vĩnh Linh");

    @Test
    void aNewAssessmentWithBothComesBackEqualAfterReopening() {
        Assessment a = StoreFixtures.richAssessment("a").withPublished(SEED_003)
                .withDescription(StoreFixtures.richAssessment("a").unit().withParentLine(ParentLine.SHOWN),
                        StoreFixtures.richAssessment("a").period(), StoreFixtures.richAssessment("a").year());
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(a);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a")).contains(a);
        }
    }

    @Test
    void bothAreSavedOnTheirOwnAndThePublishedResultEvenWhenLocked() {
        Assessment locked = StoreFixtures.richAssessment("b").withLocked(true);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(locked);
            store.savePublished("b", SEED_003);
            store.saveDescription("b", locked.unit().withParentLine(ParentLine.HIDDEN), locked.period(),
                    locked.year());
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment loaded = store.loadAssessment("b").orElseThrow();
            assertThat(loaded.published()).isEqualTo(SEED_003);
            assertThat(loaded.unit().parentLine()).isEqualTo(ParentLine.HIDDEN);
            store.savePublished("b", PublishedResult.NONE);
            assertThat(store.loadAssessment("b").orElseThrow().published()).isEqualTo(PublishedResult.NONE);
        }
    }
}
