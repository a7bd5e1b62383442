package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.app.WorkbookStore;

class ScoringViewModelTest {

    @TempDir
    Path folder;

    private WorkbookStore store;
    private EditSession session;
    private ScoringViewModel model;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        Assessment assessment = CommuneFixture.fresh();
        store.createAssessment(assessment);
        session = new EditSession(store, assessment);
        model = new ScoringViewModel(session);
    }

    @AfterEach
    void close() {
        model.dispose();
        store.close();
    }

    /** What the store holds once the session's writer has written every accepted change. */
    private Assessment stored() {
        session.requireWritten();
        return store.loadAssessment(session.assessment().id()).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"'0,5', 0.5", "'0.5', 0.5", "' 1 ', 1", "'1 điểm', 1"})
    void typedPointsAreStoredWithEitherDecimalMark(String typed, String expected) {
        model.commitScore("1.4.2", ScoreSlot.SELF, typed);

        assertThat(stored().entry("1.4.2").self()).isEqualTo(new RuleInput.PointsInput(new BigDecimal(expected)));
    }

    /**
     * 2.2 has the levels 3; 1,5; 0. "3" typed is its first level (3 points), as the column reads; pasted, a "2" is no
     * level's points and refused with the row, though typed it would name the second level.
     */
    @Test
    void aLevelIsTypedByItsPointsAndPastedOnlyByThem() {
        model.commitScore("2.2", ScoreSlot.SELF, "3");
        assertThat(stored().entry("2.2").self()).isEqualTo(new RuleInput.LevelChoice(0));
        assertThat(model.inputText("2.2", ScoreSlot.SELF)).isEqualTo("3");

        List<ScoringViewModel.Refusal> refused = model.commitScores(List.of(
                new ScoringViewModel.TypedScore("2.2", ScoreSlot.SELF, "2"),
                new ScoringViewModel.TypedScore("1.4.2", ScoreSlot.SELF, "1")));
        assertThat(refused).extracting(ScoringViewModel.Refusal::code).containsExactly("2.2");
        assertThat(refused.get(0).message()).startsWith("“2” không phải là số điểm của một mức (3; 1,5; 0)");
        assertThat(stored().entry("2.2").self()).isEqualTo(new RuleInput.LevelChoice(0));
        assertThat(stored().entry("1.4.2").self()).isNull();

        assertThat(model.commitScores(List.of(new ScoringViewModel.TypedScore("2.2", ScoreSlot.SELF, "1,5"))))
                .isEmpty();
        assertThat(stored().entry("2.2").self()).isEqualTo(new RuleInput.LevelChoice(1));
    }

    @Test
    void totalsFollowEveryCommittedScore() {
        // Nothing scored is not 0 (decision 40): the summary showed an appraisal of 0,00 with 0,00 lost.
        assertThat(model.totals().selfTotalTextProperty().get()).isEqualTo("—");
        assertThat(model.totals().indexTextProperty().get()).isEqualTo("—");

        model.commitScore("1.4.2", ScoreSlot.SELF, "1,5");
        model.commitScore("1.3", ScoreSlot.SELF, "2");

        assertThat(model.totals().selfTotalTextProperty().get()).isEqualTo("3,50");
        assertThat(model.totals().indexTextProperty().get()).isEqualTo("3,50");
        assertThat(model.totals().appraisedTotalTextProperty().get()).isEqualTo("—");
        assertThat(model.row("1.4").orElseThrow().state().selfText()).isEqualTo("1,50");
        assertThat(model.row("1").orElseThrow().state().selfText()).isEqualTo("3,50");
        assertThat(model.totals().fieldSummaries().get(0).self()).isEqualByComparingTo("3.5");
    }

    @ParameterizedTest
    @CsvSource({"'3', Điểm 3,00 vượt quá điểm tối đa 2,00", "'-1', nhỏ hơn 0", "'abc', không phải là một số",
            "'0,3', không đúng bước chấm"})
    void invalidScoresAreRefusedWithTheDomainMessageAndNothingIsStored(String typed, String message) {
        model.commitScore("1.4.2", ScoreSlot.SELF, "1");

        assertThatThrownBy(() -> model.commitScore("1.4.2", ScoreSlot.SELF, typed))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
        assertThat(stored().entry("1.4.2").self()).isEqualTo(RuleInput.points("1"));
        assertThat(model.row("1.4.2").orElseThrow().state().selfText()).isEqualTo("1,00");
    }

    @Test
    void aRatioTypedAsBOverAGivesTheComputedPoints() {
        model.commitScore("3.13.2", ScoreSlot.APPRAISED, "11/16");

        assertThat(stored().entry("3.13.2").firstAppraisal()).isEqualTo(RuleInput.RatioInput.of(16, 11));
        assertThat(model.row("3.13.2").orElseThrow().state().appraisedText()).isEqualTo("0,69");
        assertThat(model.row("3.13.2").orElseThrow().state().appraisedHint()).isEqualTo("b/a = 11/16 → 0,69 điểm");
        assertThat(model.inputText("3.13.2", ScoreSlot.APPRAISED)).isEqualTo("11/16");
    }

    @Test
    void aRatioBelowItsThresholdGivesNothing() {
        model.commitRatio("3.11.1", ScoreSlot.SELF, "739", "164");

        assertThat(model.row("3.11.1").orElseThrow().state().selfText()).isEqualTo("0,00");
    }

    @Test
    void aRatioWithoutASlashIsRefused() {
        assertThatThrownBy(() -> model.commitScore("3.13.2", ScoreSlot.SELF, "0,69"))
                .hasMessageContaining("b/a");
        assertThat(stored().entry("3.13.2").self()).isNull();
    }

    @Test
    void levelsAndViolationsAreEnteredAsTheirInputs() {
        model.commitLevel("1.1.1", ScoreSlot.SELF, 1);
        model.commitScore("1.5.1", ScoreSlot.SELF, "3");

        assertThat(model.row("1.1.1").orElseThrow().state().selfText()).isEqualTo("0,50");
        assertThat(model.row("1.1.1").orElseThrow().state().selfHint()).isEqualTo("Mức: Ban hành chậm");
        assertThat(model.row("1.5.1").orElseThrow().state().selfText()).isEqualTo("0,50");
        assertThat(stored().entry("1.5.1").self()).isEqualTo(new RuleInput.ViolationCount(3));
    }

    @Test
    void blankTextRemovesAScore() {
        model.commitScore("1.3", ScoreSlot.SELF, "2");
        model.commitScore("1.3", ScoreSlot.SELF, " ");

        assertThat(stored().entry("1.3").self()).isNull();
        assertThat(model.totals().selfTotalTextProperty().get()).isEqualTo("—");
    }

    @Test
    void parentRowsAreNotScorable() {
        assertThatThrownBy(() -> model.commitScore("1.4", ScoreSlot.SELF, "1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(model.row("1.4").orElseThrow().state().editable()).isFalse();
        assertThat(model.row("1.4.1").orElseThrow().state().editable()).isTrue();
    }

    @Test
    void theAppraisalColumnEditsTheSecondAppraisalOnceThereIsOne() {
        model.commitScore("1.3", ScoreSlot.FIRST_APPRAISAL, "1");
        model.commitScore("1.3", ScoreSlot.SECOND_APPRAISAL, "1,5");
        model.commitScore("1.3", ScoreSlot.APPRAISED, "1,75");

        assertThat(stored().entry("1.3").firstAppraisal()).isEqualTo(RuleInput.points("1"));
        assertThat(stored().entry("1.3").secondAppraisal()).isEqualTo(RuleInput.points("1.75"));
        assertThat(model.totals().appraisedTotalTextProperty().get()).isEqualTo("1,75");
    }

    /**
     * Seen in the appraiser's copy after the unit's explanations: "2" typed in the grid's Thẩm định column for 1.1.2
     * rewrote the first result the unit had received (Mức 3 → Mức 2) and left "Thẩm định lần 2" empty. Once the
     * explanations are in, the column (typed, pasted, a level, a ratio) fills the second round; the first stays as
     * sent.
     */
    @Test
    void afterTheUnitsExplanationsTheAppraisalColumnFillsTheSecondRoundAndLeavesTheFirstAsSent() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        Assessment a = CommuneFixture.fresh();
        a = a.withEntry(a.entry("1.3").withSelf(RuleInput.points("2")));
        a = a.withStep(step(vn.cchc.workbook.domain.assessment.Stage.SENT_FOR_APPRAISAL, day));
        Assessment appraiser = a.withRounds(a.rounds().receivedBy(null));
        appraiser = appraiser.withEntry(appraiser.entry("1.3").withFirstAppraisal(RuleInput.points("1")));
        appraiser = appraiser.withEntry(appraiser.entry("1.4.1").withFirstAppraisal(RuleInput.points("0")));
        assertThat(appraiser.secondRoundOpen()).isFalse();
        appraiser = appraiser.withStep(step(vn.cchc.workbook.domain.assessment.Stage.FIRST_APPRAISAL, day.plusDays(5)));
        Assessment unit = appraiser.withRounds(appraiser.rounds().receivedBy(vn.cchc.workbook.domain.assessment.Side.UNIT));
        unit = unit.withEntry(unit.entry("1.3").withSelfExplanation("Đã bổ sung báo cáo."));
        unit = unit.withStep(step(vn.cchc.workbook.domain.assessment.Stage.EXPLANATION, day.plusDays(8)));
        Assessment back = unit.withRounds(unit.rounds().receivedBy(vn.cchc.workbook.domain.assessment.Side.APPRAISER));
        assertThat(back.secondRoundOpen()).isTrue();
        model.dispose();
        store.close();
        store = TestStores.open(folder.resolve("explained"));
        store.createAssessment(back);
        session = new EditSession(store, back);
        model = new ScoringViewModel(session);

        model.commitScore("1.3", ScoreSlot.APPRAISED, "1,5");
        assertThat(model.commitScores(List.of(new ScoringViewModel.TypedScore("1.4.1", ScoreSlot.APPRAISED, "0,5"))))
                .isEmpty();

        Assessment stored = stored();
        assertThat(stored.entry("1.3").firstAppraisal()).isEqualTo(RuleInput.points("1"));
        assertThat(stored.entry("1.3").secondAppraisal()).isEqualTo(RuleInput.points("1.5"));
        assertThat(stored.entry("1.4.1").firstAppraisal()).isEqualTo(RuleInput.points("0"));
        assertThat(stored.entry("1.4.1").secondAppraisal()).isEqualTo(RuleInput.points("0.5"));
        assertThat(model.inputText("1.3", ScoreSlot.APPRAISED)).isEqualTo("1,5");
    }

    private static vn.cchc.workbook.domain.assessment.RoundStep step(vn.cchc.workbook.domain.assessment.Stage stage,
                                                                   LocalDate day) {
        boolean unit = stage.actor() == vn.cchc.workbook.domain.assessment.Side.UNIT;
        return new vn.cchc.workbook.domain.assessment.RoundStep(stage, day, unit ? "Lê Thị Hoa" : "Trần Văn Nam",
                unit ? "UBND xã Hiền Thành" : "Sở Nội vụ");
    }

    @Test
    void deductionsMarkTheRowAndItsAncestors() {
        model.commitScore("1.4.1", ScoreSlot.APPRAISED, "0,5");

        assertThat(model.row("1.4.1").orElseThrow().state().deductionText()).isEqualTo("-0,50");
        assertThat(model.row("1.4.1").orElseThrow().state().hasDeduction()).isTrue();
        assertThat(model.row("1").orElseThrow().state().hasDeduction()).isTrue();
        assertThat(model.row("2").orElseThrow().state().hasDeduction()).isFalse();
    }

    @Test
    void searchIgnoresDiacriticsAndKeepsAncestors() {
        model.filter().searchTextProperty().set("tuyen truyen");

        assertThat(model.filter().visibleCodesProperty().get()).containsExactly("1", "1.4", "1.4.1", "1.4.2");
        assertThat(model.filter().matchCountProperty().get()).isEqualTo(3);
    }

    @Test
    void searchFindsOpinionsAndCodes() {
        model.commitAppraisalOpinion("5.2", "Chưa đánh giá đúng hạn");

        model.filter().searchTextProperty().set("DUNG HAN");
        assertThat(model.filter().visibleCodesProperty().get()).contains("5", "5.2", "1.5.2");

        model.filter().searchTextProperty().set("3.13.2");
        assertThat(model.filter().visibleCodesProperty().get()).containsExactly("3", "3.13", "3.13.2");
    }

    @Test
    void onlyRowsWithDeductionsFollowTheScores() {
        model.filter().onlyDeductionsProperty().set(true);
        assertThat(model.filter().visibleCodesProperty().get()).isEmpty();

        model.commitScore("2.1", ScoreSlot.SELF, "3");

        assertThat(model.filter().visibleCodesProperty().get()).containsExactly("2", "2.1");
    }

    @Test
    void departmentFilterShowsRowsTheDepartmentAnswersFor() {
        Department tuPhap = model.departments().stream()
                .filter(d -> d.name().equals(CommuneFixture.TU_PHAP)).findFirst().orElseThrow();
        model.filter().departmentProperty().set(tuPhap);

        assertThat(model.filter().visibleCodesProperty().get()).containsExactly("2", "2.1", "2.2", "2.3");

        model.filter().clear();
        assertThat(model.filter().visibleCodesProperty().get()).isNull();
    }

    @Test
    void unscoredAndNotApplicableFilters() {
        model.commitScore("2.1", ScoreSlot.SELF, "4");
        model.setNotApplicable("3.12", true);

        model.filter().onlyNotApplicableProperty().set(true);
        assertThat(model.filter().visibleCodesProperty().get()).containsExactly("3", "3.12", "3.12.1", "3.12.2");

        model.filter().onlyNotApplicableProperty().set(false);
        model.filter().onlyUnscoredProperty().set(true);
        assertThat(model.filter().visibleCodesProperty().get()).doesNotContain("2.1", "3.12.1").contains("2.2", "7.3");
        assertThat(model.totals().unscoredCountProperty().get()).isEqualTo(30);
        assertThat(model.totals().maximumTextProperty().get()).isEqualTo("98,00");
    }

    @Test
    void selectionFollowsTheCodeAndTheStore() {
        model.setSelectedCode("1.4.1");
        model.commitSelfExplanation("1.4.1", "Đã thực hiện 9/9 nhiệm vụ.");

        assertThat(model.selectedEntryProperty().get().selfExplanation()).isEqualTo("Đã thực hiện 9/9 nhiệm vụ.");
        assertThat(stored().entry("1.4.1").selfExplanation()).isEqualTo("Đã thực hiện 9/9 nhiệm vụ.");
        assertThat(model.selectedRowProperty().get().title()).startsWith("Mức độ thực hiện kế hoạch tuyên truyền");
    }

    @Test
    void detailEditsAreStored() {
        LocalDate deadline = LocalDate.of(2023, 10, 31);
        model.commitRemedy("1.4.1", "Bám sát kế hoạch tuyên truyền", deadline, Remedy.Status.IN_PROGRESS);
        model.commitTarget("1.4.1", "1");
        model.addEvidence("1.4.1", new EvidenceDocument("30/KH-UBND", LocalDate.of(2023, 1, 15), "Kế hoạch", ""));
        model.replaceEvidence("1.4.1", 0, new EvidenceDocument("31/KH-UBND", null, "Kế hoạch", ""));

        var entry = stored().entry("1.4.1");
        assertThat(entry.remedy()).isEqualTo(new Remedy("Bám sát kế hoạch tuyên truyền", deadline,
                Remedy.Status.IN_PROGRESS));
        assertThat(entry.target()).isEqualByComparingTo("1");
        assertThat(entry.evidence()).extracting(EvidenceDocument::number).containsExactly("31/KH-UBND");

        model.removeEvidence("1.4.1", 0);
        assertThat(stored().entry("1.4.1").evidence()).isEmpty();
        assertThatThrownBy(() -> model.commitTarget("1.4.1", "5")).hasMessageContaining("ngoài khoảng");
    }

    @Test
    void addingADepartmentToAnInheritingNodeKeepsTheInheritedOne() {
        Department vanHoa = model.departments().stream()
                .filter(d -> d.name().equals(CommuneFixture.VAN_HOA)).findFirst().orElseThrow();
        assertThat(model.responsibility("2.1").inherited()).isTrue();

        model.addResponsibility("2.1", vanHoa.id());
        model.commitShare("2.1", vanHoa.id(), "1");

        assertThat(model.row("2.1").orElseThrow().state().departmentsText())
                .isEqualTo(CommuneFixture.TU_PHAP + "; " + CommuneFixture.VAN_HOA + " (1)");
        assertThatThrownBy(() -> model.commitShare("2.1", vanHoa.id(), "9")).hasMessageContaining("vượt quá");
    }

    @Test
    void undoInTheSessionIsFollowed() {
        model.commitScore("1.3", ScoreSlot.SELF, "2");
        session.undo();

        assertThat(model.totals().selfTotalTextProperty().get()).isEqualTo("—");
        assertThat(model.row("1.3").orElseThrow().state().selfText()).isEmpty();
    }

    @Test
    void aLockedAssessmentRefusesEdits() {
        session.setLocked(true);

        assertThat(model.isEditable()).isFalse();
        assertThat(model.row("1.3").orElseThrow().state().editable()).isFalse();
        assertThatThrownBy(() -> model.commitScore("1.3", ScoreSlot.SELF, "1")).hasMessageContaining("chốt điểm");
    }

    @Test
    void departmentSummaryEndsWithATotal() {
        model.commitScore("2.1", ScoreSlot.APPRAISED, "3");

        var lines = model.totals().departmentSummaries();
        var last = lines.get(lines.size() - 1);
        assertThat(last.total()).isTrue();
        assertThat(last.responsible()).isEqualByComparingTo("100");
        var tuPhap = lines.stream().filter(l -> l.name().equals(CommuneFixture.TU_PHAP)).findFirst().orElseThrow();
        assertThat(tuPhap.responsible()).isEqualByComparingTo("10");
        assertThat(tuPhap.achieved()).isEqualByComparingTo("3");
        assertThat(tuPhap.deducted()).isEqualByComparingTo("1");
        // A department none of whose criteria is appraised yet has no appraised points (shown "—"), not 0.
        assertThat(lines.stream().filter(l -> !l.total() && !l.name().equals(CommuneFixture.TU_PHAP)))
                .isNotEmpty().allSatisfy(l -> {
                    assertThat(l.achieved()).isNull();
                    assertThat(l.deducted()).isNull();
                });
    }
}
