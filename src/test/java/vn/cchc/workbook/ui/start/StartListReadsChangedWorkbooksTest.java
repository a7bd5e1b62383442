package vn.cchc.workbook.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.store.StoreRecovery;

/**
 * The start screen's list reads again only the workbooks changed since its last read, and never shows stale figures:
 * after every kind of write to a workbook (an edit, the rounds, the lock, a replacement by a returned file, a
 * deletion, a new workbook under a deleted id, a recovery from a backup), the kept list equals a list read from
 * scratch, and the changed line shows the change. Counted on a real H2 store: the workbooks the list checked, and
 * the workbooks the store read.
 */
class StartListReadsChangedWorkbooksTest {

    private static final int WORKBOOKS = 5;

    @TempDir
    Path dir;
    private H2WorkbookStore store;
    private final StartViewModel list = new StartViewModel();

    @BeforeEach
    void storeFiveCopiesOfTheSampleAndReopen() {
        try (H2WorkbookStore filling = H2WorkbookStore.open(dir)) {
            for (int n = 1; n <= WORKBOOKS; n++) {
                filling.createAssessment(sample("w" + n));
            }
        }
        store = H2WorkbookStore.open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aSecondReadWithNothingChangedReadsNoWorkbook() {
        long openingReads = store.assessmentReads();
        List<RecentWorkbook> first = list.read(store);
        assertThat(list.workbooksChecked()).as("scored from the opening check's reading").isEqualTo(WORKBOOKS);
        assertThat(store.assessmentReads()).as("nothing read again at start-up").isEqualTo(openingReads);

        List<RecentWorkbook> second = list.read(store);

        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS);
        assertThat(store.assessmentReads()).isEqualTo(openingReads);
        assertThat(second).isEqualTo(first).hasSize(WORKBOOKS);
        assertThat(second).allSatisfy(line -> assertThat(line.index()).isEqualTo(first.get(0).index())
                .matches("\\d+,\\d\\d"));
    }

    @Test
    void anEditedWorkbookIsTheOnlyOneReadAgainAndShowsItsNewIndex() {
        RecentWorkbook before = line(list.read(store), "w3");
        long reads = store.assessmentReads();

        Entry scored = firstScoredManualEntry(store.loadAssessment("w3").orElseThrow());
        store.saveEntry("w3", scored, zeroed(scored));
        List<RecentWorkbook> after = list.read(store);

        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS + 1);
        assertThat(store.assessmentReads() - reads).as("the load above and w3 once").isEqualTo(2);
        assertThat(after.get(0).id()).as("most recently edited first").isEqualTo("w3");
        assertThat(line(after, "w3").index()).isNotEqualTo(before.index());
        assertSameAsReadFromScratch(after);
    }

    @Test
    void theRoundsAndTheLockShowAtOnce() {
        list.read(store);
        LocalDate deadline = LocalDate.now().plusDays(4);

        store.saveRounds("w2", Rounds.NONE.withDeadline(nextStep(), deadline), false);
        List<RecentWorkbook> withDeadline = list.read(store);
        assertThat(line(withDeadline, "w2").round()).contains("còn 4 ngày");
        assertThat(line(withDeadline, "w2").overdue()).isFalse();
        assertSameAsReadFromScratch(withDeadline);

        store.saveLocked("w4", true);
        List<RecentWorkbook> locked = list.read(store);
        assertThat(line(locked, "w4").round()).isEqualTo("Đã chốt kết quả");
        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS + 2);
        assertSameAsReadFromScratch(locked);
    }

    @Test
    void aKeptDeadlineIsCountedFromTheDayOfEachRead() {
        LocalDate today = LocalDate.now();
        store.saveRounds("w1", Rounds.NONE.withDeadline(nextStep(), today.plusDays(1)), false);
        RecentWorkbook first = line(list.read(store, today), "w1");

        RecentWorkbook threeDaysLater = line(list.read(store, today.plusDays(3)), "w1");

        assertThat(first.round()).contains("còn 1 ngày");
        assertThat(first.overdue()).isFalse();
        assertThat(list.workbooksChecked()).as("the second read kept w1").isEqualTo(WORKBOOKS);
        assertThat(threeDaysLater.round()).contains("quá hạn 2 ngày");
        assertThat(threeDaysLater.overdue()).isTrue();
    }

    @Test
    void everyOtherWriteToAWorkbookMakesTheListReadItAgain() {
        list.read(store);
        Assessment w1 = store.loadAssessment("w1").orElseThrow();

        store.saveDepartments("w1", w1.departments().subList(0, 1));
        store.saveDescription("w2", w1.unit(), w1.period(), w1.year() + 1);
        store.saveRankText("w3", "xếp thứ 4/18 xã, thị trấn");
        store.savePublished("w4", new PublishedResult(new BigDecimal("69.82"), new BigDecimal("69.82"), "QĐ 1/QĐ"));
        store.saveDocuments("w5", w1.documents());
        List<RecentWorkbook> after = list.read(store);

        assertThat(list.workbooksChecked()).isEqualTo(2L * WORKBOOKS);
        assertThat(line(after, "w2").period()).endsWith(String.valueOf(w1.year() + 1));
        assertSameAsReadFromScratch(after);
    }

    @Test
    void savingToAFileShowsTheFileWithoutReadingTheWorkbook() {
        list.read(store);

        store.markSavedToFile("w5", dir.resolve("Hiền Thành.cchc"), java.time.Instant.now());
        List<RecentWorkbook> after = list.read(store);

        assertThat(line(after, "w5").file()).isEqualTo("Hiền Thành.cchc");
        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS);
    }

    @Test
    void aReturnedFileAcceptedOverTheLocalCopyShowsItsFigures() {
        RecentWorkbook before = line(list.read(store), "w1");
        Assessment returned = withFirstEntryZero(store.loadAssessment("w1").orElseThrow());

        store.replaceAssessment(returned, "Vòng 1", "{\"kept\": true}".getBytes(StandardCharsets.UTF_8));
        List<RecentWorkbook> afterRound = list.read(store);
        assertThat(line(afterRound, "w1").index()).isNotEqualTo(before.index());
        assertSameAsReadFromScratch(afterRound);

        // A file's copy chosen over the local one without keeping a round.
        store.replaceAssessment(sample("w1"));
        List<RecentWorkbook> afterReplace = list.read(store);
        assertThat(line(afterReplace, "w1").index()).isEqualTo(before.index());
        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS + 2);
        assertSameAsReadFromScratch(afterReplace);
    }

    @Test
    void aDeletedWorkbookLeavesTheList() {
        list.read(store);

        store.deleteAssessment("w2");
        List<RecentWorkbook> deleted = list.read(store);

        assertThat(deleted).extracting(RecentWorkbook::id).doesNotContain("w2").hasSize(WORKBOOKS - 1);
        assertThat(list.workbooksChecked()).isEqualTo(WORKBOOKS);
    }

    @Test
    void aWorkbookDeletedAndCreatedAgainUnderItsIdBetweenTwoReadsShowsTheNewFigures() {
        RecentWorkbook before = line(list.read(store), "w2");

        // Imported again from a file of another version, under the same id.
        store.deleteAssessment("w2");
        store.createAssessment(withFirstEntryZero(sample("w2")));
        List<RecentWorkbook> created = list.read(store);

        assertThat(line(created, "w2").index()).isNotEqualTo(before.index());
        assertSameAsReadFromScratch(created);
    }

    @Test
    void aDamagedWorkbookStaysDamagedAndIsNotScoredAgainUntilItChanges() {
        Assessment sound = sample("hong");
        Map<String, Entry> entries = new LinkedHashMap<>(sound.entries());
        Entry bad = firstScoredManualEntry(sound).withSelf(new RuleInput.PointsInput(new BigDecimal("0E-100000000")));
        entries.put(bad.code(), bad);
        store.createAssessment(new Assessment("hong", sound.unit(), sound.period(), sound.year(), sound.criteria(),
                sound.departments(), entries, false, "", null));

        RecentWorkbook first = line(list.read(store), "hong");
        long checked = list.workbooksChecked();
        RecentWorkbook second = line(list.read(store), "hong");

        assertThat(first.isDamaged()).isTrue();
        assertThat(first.damage()).contains(bad.code()).contains("0E-100000000");
        assertThat(second).isEqualTo(first);
        assertThat(list.workbooksChecked()).isEqualTo(checked);

        store.deleteAssessment("hong");
        assertThat(list.read(store)).extracting(RecentWorkbook::id).doesNotContain("hong");
    }

    @Test
    void aWorkbookRestoredFromABackupShowsTheBackupsFigures() {
        RecentWorkbook before = line(list.read(store), "w1");
        String backup = store.backupNow().orElseThrow().name();
        Entry scored = firstScoredManualEntry(store.loadAssessment("w1").orElseThrow());
        store.saveEntry("w1", scored, zeroed(scored));
        RecentWorkbook edited = line(list.read(store), "w1");
        assertThat(edited.index()).isNotEqualTo(before.index());

        store.close();
        StoreRecovery.restore(dir, backup);
        store = H2WorkbookStore.open(dir);
        List<RecentWorkbook> restored = list.read(store);

        assertThat(line(restored, "w1").index()).isEqualTo(before.index());
        assertSameAsReadFromScratch(restored);
    }

    @Test
    void anotherStoreWithAWorkbookOfTheSameIdAndRevisionIsReadAfresh(@TempDir Path otherDir) {
        List<RecentWorkbook> here = list.read(store);
        try (H2WorkbookStore other = H2WorkbookStore.open(otherDir)) {
            for (int n = 1; n <= WORKBOOKS; n++) {
                other.createAssessment(n == 1 ? withFirstEntryZero(sample("w1")) : sample("w" + n));
            }
            other.close();
            try (H2WorkbookStore reopened = H2WorkbookStore.open(otherDir)) {
                assertThat(reopened.listAssessments()).as("the same revisions: only the store tells them apart")
                        .extracting(WorkbookStore.AssessmentSummary::revision)
                        .isEqualTo(store.listAssessments().stream().map(WorkbookStore.AssessmentSummary::revision)
                                .toList());

                List<RecentWorkbook> there = list.read(reopened);

                assertThat(line(there, "w1").index()).isNotEqualTo(line(here, "w1").index());
                assertThat(there).isEqualTo(new StartViewModel().read(reopened));
            }
        }
    }

    private void assertSameAsReadFromScratch(List<RecentWorkbook> kept) {
        assertThat(kept).isEqualTo(new StartViewModel().read(store));
    }

    private static RecentWorkbook line(List<RecentWorkbook> lines, String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static Assessment sample(String id) {
        return BundledData.sampleAssessment().withId(id);
    }

    /**
     * The first criterion appraised with points above zero; zero then changes the index the list shows (the
     * sample is appraised, so the appraised one).
     */
    private static Entry firstScoredManualEntry(Assessment assessment) {
        return assessment.entries().values().stream()
                .filter(e -> e.firstAppraisal() instanceof RuleInput.PointsInput p && p.points().signum() > 0)
                .findFirst().orElseThrow();
    }

    private static Entry zeroed(Entry entry) {
        return entry.withFirstAppraisal(new RuleInput.PointsInput(BigDecimal.ZERO));
    }

    private static Assessment withFirstEntryZero(Assessment assessment) {
        return assessment.withEntry(zeroed(firstScoredManualEntry(assessment)));
    }

    /** The step the sample's stage waits for next, whose deadline the list shows. */
    private static Stage nextStep() {
        // The step the deadline counts for (decision 41: with no step recorded, the appraisal the fields imply).
        return BundledData.sampleAssessment().allowedSteps().get(0);
    }
}
