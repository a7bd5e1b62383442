package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.interchange.BundledData;

/**
 * A store written by the release of December 2026 (schema V2, H2 2.3.232) must open in today's build with every
 * workbook, edit and criteria set intact. This guards H2 and Flyway upgrades and new migrations: the file format
 * of H2 has changed between releases before, and a clerk's store must survive every upgrade of the program.
 *
 * <p>The file was written by {@link #main(String[])} from the bundled sample and the rich store fixture; it is
 * never rewritten (write a new frozen store for a new schema instead).
 */
class FrozenStoreTest {

    private static final String FROZEN = "/vn/cchc/workbook/store/frozen/v2/workbook.mv.db";
    static final String SAMPLE_ID = "frozen-hien-thanh";
    static final String RICH_ID = "frozen-rich";

    @TempDir
    Path dataDir;

    @Test
    void todaysBuildOpensTheStoreOfDecember2026WithEveryWorkbook() throws IOException {
        copyFrozenStore();

        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                    .containsExactlyInAnyOrder(SAMPLE_ID, RICH_ID);
            assertThat(store.listCriteriaSets()).extracting(CriteriaSet::id).contains("mau-xa-2023");
        }
    }

    @Test
    void theSampleWorkbookStillScores7273AppraisedAndKeepsItsEdits() throws IOException {
        copyFrozenStore();

        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            Assessment sample = store.loadAssessment(SAMPLE_ID).orElseThrow();
            assertThat(sample.entries()).hasSameSizeAs(BundledData.sampleAssessment().entries());
            assertThat(Points.format(ScoreEngine.score(sample).totals(Track.APPRAISED).total())).isEqualTo("72,73");
            List<WorkbookStore.EntryEdit> history = store.history(SAMPLE_ID, 10);
            assertThat(history).hasSize(1);
            assertThat(history.get(0).after().appraisalOpinion()).isEqualTo("Sửa trong kho đóng băng.");
            assertThat(sample.entries().get(history.get(0).code()).appraisalOpinion())
                    .isEqualTo("Sửa trong kho đóng băng.");
        }
    }

    @Test
    void theRichWorkbookComesBackEqualToWhatWasStored() throws IOException {
        copyFrozenStore();

        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            Assessment rich = store.loadAssessment(RICH_ID).orElseThrow();
            assertThat(rich).isEqualTo(StoreFixtures.richAssessment(RICH_ID));
        }
    }

    @Test
    void anOpenedFrozenStoreAcceptsNewEdits() throws IOException {
        copyFrozenStore();

        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            Assessment rich = store.loadAssessment(RICH_ID).orElseThrow();
            Entry before = rich.entries().getOrDefault("1.2", Entry.empty("1.2"));
            Entry after = before.withSelf(new RuleInput.ViolationCount(1));
            store.saveEntry(RICH_ID, before, after);
        }
        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            assertThat(store.loadAssessment(RICH_ID).orElseThrow().entries().get("1.2").self())
                    .isEqualTo(new RuleInput.ViolationCount(1));
        }
    }

    private void copyFrozenStore() throws IOException {
        try (InputStream in = Objects.requireNonNull(FrozenStoreTest.class.getResourceAsStream(FROZEN),
                "frozen store missing from test resources: " + FROZEN)) {
            Files.copy(in, dataDir.resolve("workbook.mv.db"));
        }
    }

    /** Writes the frozen store into the folder given as the argument; run once per schema, then commit the file. */
    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
        try (H2WorkbookStore store = H2WorkbookStore.open(folder, clock)) {
            Assessment sample = BundledData.sampleAssessment();
            sample = sample.withId(SAMPLE_ID);
            store.createAssessment(sample);
            Entry before = sample.entries().values().iterator().next();
            store.saveEntry(SAMPLE_ID, before, before.withAppraisalOpinion("Sửa trong kho đóng băng."));
            store.createAssessment(StoreFixtures.richAssessment(RICH_ID));
            for (CriteriaSet set : List.of(StoreFixtures.richSet("mau-xa-2023"))) {
                store.saveCriteriaSet(set);
            }
        }
    }
}
