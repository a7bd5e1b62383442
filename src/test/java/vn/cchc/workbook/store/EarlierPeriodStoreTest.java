package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;

/** The published rank and the earlier-period baseline are stored with the assessment and come back equal. */
class EarlierPeriodStoreTest {

    @TempDir
    Path dir;

    private static Assessment withBaseline() {
        Assessment earlier = StoreFixtures.richAssessment("earlier");
        return StoreFixtures.richAssessment("later")
                .withRankText("xếp thứ 3/18 xã, thị trấn")
                .withEarlierPeriod(EarlierPeriods.of(earlier, "xếp thứ 4/18"));
    }

    @Test
    void assessmentWithRankAndBaselineComesBackEqual() {
        Assessment later = withBaseline();
        assertThat(later.earlierPeriod().nodes()).isNotEmpty();
        assertThat(later.earlierPeriod().departments()).isNotEmpty();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(later);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment loaded = store.loadAssessment("later").orElseThrow();
            assertThat(loaded).isEqualTo(later);
            assertThat(loaded.earlierPeriod().rankText()).isEqualTo("xếp thứ 4/18");
        }
    }

    @Test
    void baselineAndRankAreSavedAndRemovedOnTheirOwnEvenWhenLocked() {
        Assessment later = withBaseline();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("later").withLocked(true));
            store.saveEarlierPeriod("later", later.earlierPeriod());
            store.saveRankText("later", "  xếp thứ 3/18 xã, thị trấn ");
            assertThat(store.loadAssessment("later")).contains(later.withLocked(true));

            store.saveEarlierPeriod("later", null);
            assertThat(store.loadAssessment("later").orElseThrow().earlierPeriod()).isNull();
        }
    }

    @Test
    void replacingAnAssessmentReplacesItsBaselineAndDeletingRemovesIt() {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(withBaseline());
            Assessment other = withBaseline().withEarlierPeriod(
                    EarlierPeriods.of(StoreFixtures.richAssessment("older"), "xếp thứ 9/18"));
            store.replaceAssessment(other);
            assertThat(store.loadAssessment("later")).contains(other);
            store.deleteAssessment("later");
            assertThat(store.loadAssessment("later")).isEmpty();
            store.createAssessment(StoreFixtures.richAssessment("later"));
            assertThat(store.loadAssessment("later").orElseThrow().earlierPeriod()).isNull();
        }
    }

    @Test
    void theEarlierPublishedResultAndTheRankOfEachFieldAreKept() {
        Assessment earlier = StoreFixtures.richAssessment("earlier").withPublished(
                new vn.cchc.workbook.domain.assessment.PublishedResult(new java.math.BigDecimal("69.82"),
                        new java.math.BigDecimal("69.8200"), "QĐ 15"));
        EarlierPeriod baseline = EarlierPeriods.of(earlier, "xếp thứ 4/18");
        String field = baseline.fields().get(0).code();
        Assessment later = StoreFixtures.richAssessment("later")
                .withEarlierPeriod(baseline.withFieldRank(field, " xếp thứ 7/10 "));
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(later);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            EarlierPeriod loaded = store.loadAssessment("later").orElseThrow().earlierPeriod();
            assertThat(loaded.published().total()).isEqualByComparingTo("69.82");
            assertThat(loaded.published().index()).isEqualByComparingTo("69.82");
            assertThat(loaded.node(field).orElseThrow().rankText()).isEqualTo("xếp thứ 7/10");
            assertThat(loaded.nodes().stream().filter(n -> !n.code().equals(field)))
                    .allMatch(n -> n.rankText().isEmpty());

            store.saveEarlierPeriod("later", loaded.withFieldRank(field, ""));
            assertThat(store.loadAssessment("later").orElseThrow().earlierPeriod().node(field).orElseThrow()
                    .rankText()).isEmpty();
        }
    }
}
