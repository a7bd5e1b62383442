package vn.cchc.workbook.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.domain.TestSets.group;
import static vn.cchc.workbook.domain.TestSets.leaf;
import static vn.cchc.workbook.domain.TestSets.manual;
import static vn.cchc.workbook.domain.TestSets.p;
import static vn.cchc.workbook.domain.TestSets.parent;
import static vn.cchc.workbook.domain.TestSets.set;
import static vn.cchc.workbook.domain.TestSets.start;
import static vn.cchc.workbook.domain.TestSets.unchecked;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.text.Points;

class ScoreEngineTest {

    private static Assessment record(Assessment assessment, String code, Track track, RuleInput input) {
        return assessment.withEntry(assessment.entry(code).withInput(track, input));
    }

    private static Assessment appraise(Assessment assessment, String code, String points) {
        return record(assessment, code, Track.FIRST_APPRAISAL, RuleInput.points(points));
    }

    private static Assessment notApplicable(Assessment assessment, String code) {
        return assessment.withEntry(assessment.entry(code).withNotApplicable(true));
    }

    private static Figures appraised(Assessment assessment, String code) {
        return ScoreEngine.score(assessment).node(code).appraised();
    }

    @Nested
    class RollUps {

        /**
         * 1 (10): 1.1 (6) = 1.1.1 manual 4 + 1.1.2 levels 2/1/0; 1.2 ratio of 4 with threshold 0,7 (12/16 = 0,75 passes it).
         * 2 (90): manual.
         */
        private final CriteriaSet set = set(
                parent("1", "10",
                        parent("1.1", "6",
                                manual("1.1.1", "4"),
                                leaf("1.1.2", "2", new ScoringRule.Levels(List.of(
                                        new Level("Đúng hạn", p("2")), new Level("Chậm", p("1")),
                                        new Level("Không", p("0")))))),
                        leaf("1.2", "4", new ScoringRule.Ratio(p("0.7"), null))),
                manual("2", "90"));

        private Assessment scoredThroughout() {
            Assessment a = start(set);
            a = appraise(a, "1.1.1", "3.5");
            a = record(a, "1.1.2", Track.FIRST_APPRAISAL, new RuleInput.LevelChoice(1));
            a = record(a, "1.2", Track.FIRST_APPRAISAL, RuleInput.RatioInput.of(16, 12));
            a = appraise(a, "2", "80");
            a = record(a, "1.1.1", Track.SELF, RuleInput.points("4"));
            a = record(a, "1.1.2", Track.SELF, new RuleInput.LevelChoice(0));
            a = record(a, "1.2", Track.SELF, RuleInput.RatioInput.of(16, 16));
            return record(a, "2", Track.SELF, RuleInput.points("90"));
        }

        @Test
        void parentsAddUpTheirChildrenAndLoseWhatTheyLost() {
            Scorecard card = ScoreEngine.score(scoredThroughout());

            assertThat(card.node("1.1").appraised().achieved()).isEqualByComparingTo("4.5");
            assertThat(card.node("1.1").appraised().deduction()).isEqualByComparingTo("1.5");
            assertThat(card.node("1.2").appraised().achieved()).isEqualByComparingTo("3"); // 12/16 × 4
            assertThat(card.node("1").appraised().achieved()).isEqualByComparingTo("7.5");
            assertThat(card.node("1").appraised().deduction()).isEqualByComparingTo("2.5");
            assertThat(card.node("1").appraised().isComplete()).isTrue();
        }

        @Test
        void totalsTheAppraisalAndTheSelfScoreSeparately() {
            Scorecard card = ScoreEngine.score(scoredThroughout());

            Totals appraised = card.totals(Track.APPRAISED);
            assertThat(appraised.achieved()).isEqualByComparingTo("87.5");
            assertThat(appraised.deduction()).isEqualByComparingTo("12.5");
            assertThat(appraised.maximum()).isEqualByComparingTo("100");
            assertThat(appraised.index()).isEqualByComparingTo("87.5");
            assertThat(appraised.scoredLeaves()).isEqualTo(4);
            assertThat(appraised.unscoredLeaves()).isZero();

            Totals self = card.totals(Track.SELF);
            assertThat(self.achieved()).isEqualByComparingTo("100");
            assertThat(self.deduction()).isEqualByComparingTo("0");
        }

        @Test
        void listsEveryNodeInPrintedOrderWithItsDepth() {
            Scorecard card = ScoreEngine.score(scoredThroughout());

            assertThat(card.nodes()).extracting(NodeResult::code).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2");
            assertThat(card.nodes()).extracting(NodeResult::depth).containsExactly(0, 1, 2, 2, 1, 0);
            assertThat(card.fields()).extracting(NodeResult::code).containsExactly("1", "2");
        }

        @Test
        void aDeductionIsTheScoredMaximumMinusTheAchievedAndUnscoredLeavesLoseNothing() {
            Assessment a = appraise(start(set), "1.1.1", "3.5");

            Scorecard card = ScoreEngine.score(a);

            Figures field = card.node("1").appraised();
            assertThat(field.scoredMaximum()).isEqualByComparingTo("4");
            assertThat(field.achieved()).isEqualByComparingTo("3.5");
            assertThat(field.deduction()).isEqualByComparingTo("0.5");
            assertThat(field.scoredLeaves()).isEqualTo(1);
            assertThat(field.unscoredLeaves()).isEqualTo(2);
            assertThat(field.isScored()).isTrue();
            assertThat(field.isComplete()).isFalse();
            Figures unscored = card.node("1.2").appraised();
            assertThat(unscored.isScored()).isFalse();
            assertThat(unscored.achieved()).isEqualByComparingTo("0");
            assertThat(unscored.deduction()).isEqualByComparingTo("0");
            assertThat(card.totals(Track.APPRAISED).deduction()).isEqualByComparingTo("0.5");
            assertThat(card.totals(Track.APPRAISED).unscoredLeaves()).isEqualTo(3);
            assertThat(card.totals(Track.SELF).scoredLeaves()).isZero();
        }

        @Test
        void aRatioBelowItsThresholdScoresNothingAndLosesTheWholeMaximum() {
            Assessment a = record(start(set), "1.2", Track.FIRST_APPRAISAL, RuleInput.RatioInput.of(739, 164));

            assertThat(appraised(a, "1.2").achieved()).isEqualByComparingTo("0");
            assertThat(appraised(a, "1.2").deduction()).isEqualByComparingTo("4");
        }

        @Test
        void aCriterionsPointsCountWithTwoDecimalsSoEveryPrintedRowAddsUp() {
            // 11/15 of 4 points is 2,9333…: it counts as 2,93 and loses 1,07 (it showed 2,93 beside 1,07 but
            // counted 2,9333, so the field and the total could miss their printed rows by 0,01).
            Assessment a = record(start(set), "1.2", Track.FIRST_APPRAISAL, RuleInput.RatioInput.of(15, 11));

            assertThat(appraised(a, "1.2").achieved()).isEqualByComparingTo("2.93");
            assertThat(appraised(a, "1.2").deduction()).isEqualByComparingTo("1.07");
            assertThat(ScoreEngine.score(a).totals(Track.APPRAISED).achieved()).isEqualByComparingTo("2.93");

            // Full marks stay full marks: 12/12 of 4 is 4, and a maximum with more decimals is not cut to 2.
            Assessment full = record(start(set), "1.2", Track.FIRST_APPRAISAL, RuleInput.RatioInput.of(12, 12));
            assertThat(appraised(full, "1.2").deduction()).isEqualByComparingTo("0");
            assertThat(Points.criterionPoints(new java.math.BigDecimal("3.3333"))).isEqualByComparingTo("3.33");
        }

        @Test
        void theSecondAppraisalStandsOverTheFirst() {
            Assessment a = appraise(start(set), "2", "70");
            a = a.withEntry(a.entry("2").withSecondAppraisal(RuleInput.points("85")));

            Scorecard card = ScoreEngine.score(a);

            assertThat(card.node("2").firstAppraisal().achieved()).isEqualByComparingTo("70");
            assertThat(card.node("2").appraised().achieved()).isEqualByComparingTo("85");
            assertThat(card.node("2").figures(Track.APPRAISED).deduction()).isEqualByComparingTo("5");
            assertThat(card.totals(Track.FIRST_APPRAISAL).achieved()).isEqualByComparingTo("70");
            assertThat(card.totals(Track.APPRAISED).achieved()).isEqualByComparingTo("85");
        }
    }

    @Test
    void aParentIsCappedAtItsOwnMaximum() {
        // "Tối đa không quá 2 điểm": the items offer 3, the criterion is worth 2. The validator refuses this in
        // the main part, so the assessment is built directly to show the engine still never exceeds the maximum.
        CriteriaSet set = set(parent("1", "2", manual("1.1", "1"), manual("1.2", "1"), manual("1.3", "1")),
                manual("2", "98"));
        Assessment a = unchecked(set);
        a = appraise(a, "1.1", "1");
        a = appraise(a, "1.2", "1");
        a = appraise(a, "1.3", "0.5");

        Figures capped = appraised(a, "1");

        assertThat(capped.achieved()).isEqualByComparingTo("2");
        assertThat(capped.deduction()).isEqualByComparingTo("0");
        assertThat(capped.scoredMaximum()).isEqualByComparingTo("2");
    }

    @Test
    void violationsNeverTakeALeafBelowZero() {
        CriteriaSet set = set(leaf("1", "1", new ScoringRule.Deductions(p("0.5"))), manual("2", "99"));

        Assessment a = record(start(set), "1", Track.FIRST_APPRAISAL, new RuleInput.ViolationCount(5));

        assertThat(appraised(a, "1").achieved()).isEqualByComparingTo("0");
        assertThat(appraised(a, "1").deduction()).isEqualByComparingTo("1");
    }

    @Nested
    class NotApplicable {

        private final CriteriaSet set = set(
                manual("1", "20"),
                parent("2", "80", manual("2.1", "50"), manual("2.2", "30")));

        @Test
        void rescalesTheIndexToTheApplicableMaximum() {
            Assessment a = notApplicable(start(set), "1");
            a = appraise(a, "2.1", "45");
            a = appraise(a, "2.2", "27");

            Totals totals = ScoreEngine.score(a).totals(Track.APPRAISED);

            assertThat(totals.maximum()).isEqualByComparingTo("100");
            assertThat(totals.applicableMaximum()).isEqualByComparingTo("80");
            assertThat(totals.achieved()).isEqualByComparingTo("72");
            assertThat(totals.index()).isEqualByComparingTo("90");
            assertThat(Points.format(totals.index())).isEqualTo("90,00");
        }

        @Test
        void excludesAWholeSubtreeAndIgnoresAnyScoreInIt() {
            Assessment a = appraise(start(set), "2.1", "10");
            a = appraise(a, "2.2", "30");
            a = appraise(a, "1", "20");
            a = notApplicable(a, "2");

            Scorecard card = ScoreEngine.score(a);

            assertThat(card.node("2.1").appraised().notApplicable()).isTrue();
            assertThat(card.node("2.1").appraised().achieved()).isEqualByComparingTo("0");
            assertThat(card.node("2").appraised().applicableMaximum()).isEqualByComparingTo("0");
            assertThat(card.node("2").appraised().deduction()).isEqualByComparingTo("0");
            Totals totals = card.totals(Track.APPRAISED);
            assertThat(totals.applicableMaximum()).isEqualByComparingTo("20");
            assertThat(totals.index()).isEqualByComparingTo("100");
            assertThat(totals.unscoredLeaves()).isZero();
        }

        @Test
        void aNotApplicableSubCriterionShrinksItsParentsApplicableMaximum() {
            Assessment a = notApplicable(start(set), "2.2");
            a = appraise(a, "2.1", "40");
            a = appraise(a, "1", "20");

            Scorecard card = ScoreEngine.score(a);

            assertThat(card.node("2").appraised().maximum()).isEqualByComparingTo("80");
            assertThat(card.node("2").appraised().applicableMaximum()).isEqualByComparingTo("50");
            assertThat(card.totals(Track.APPRAISED).index()).isEqualByComparingTo("85.7142857143"); // 60 ÷ 70
            assertThat(Points.format(card.totals(Track.APPRAISED).index())).isEqualTo("85,71");
        }

        @Test
        void leavesNoIndexWhenNothingIsApplicable() {
            Assessment a = notApplicable(notApplicable(start(set), "1"), "2");

            assertThat(ScoreEngine.score(a).totals(Track.APPRAISED).index()).isNull();
        }
    }

    @Nested
    class BonusAndPenalty {

        private final CriteriaSet set = set(
                manual("1", "100"),
                group(Section.BONUS, "T", "2", manual("T.1", "1"), manual("T.2", "1"), manual("T.3", "1")),
                group(Section.PENALTY, "Đ", "3", manual("Đ.1", "2"), manual("Đ.2", "2")));

        @Test
        void addBonusAndSubtractPenaltyEachUpToItsCap() {
            Assessment a = appraise(start(set), "1", "90");
            for (String code : List.of("T.1", "T.2", "T.3")) {
                a = appraise(a, code, "1");
            }
            a = appraise(a, "Đ.1", "2");
            a = appraise(a, "Đ.2", "2");

            Totals totals = ScoreEngine.score(a).totals(Track.APPRAISED);

            assertThat(totals.achieved()).isEqualByComparingTo("90");
            assertThat(totals.bonus()).isEqualByComparingTo("2");
            assertThat(totals.penalty()).isEqualByComparingTo("3");
            assertThat(totals.total()).isEqualByComparingTo("89");
            assertThat(totals.index()).isEqualByComparingTo("89");
            assertThat(totals.maximum()).isEqualByComparingTo("100");
            assertThat(totals.deduction()).isEqualByComparingTo("10");
            assertThat(ScoreEngine.score(a).node("T").appraised().deduction()).isEqualByComparingTo("0");
        }

        @Test
        void bonusBelowItsCapCountsInFull() {
            Assessment a = appraise(appraise(start(set), "1", "90"), "T.2", "1");

            Totals totals = ScoreEngine.score(a).totals(Track.APPRAISED);

            assertThat(totals.bonus()).isEqualByComparingTo("1");
            assertThat(totals.penalty()).isEqualByComparingTo("0");
            assertThat(totals.total()).isEqualByComparingTo("91");
        }

        @Test
        void bonusPointsAreNobodysResponsibilityEvenWhenOnlyTheGroupStatesItsSection() {
            // A file may state the section on the top-level group only; its items are still bonus.
            CriterionNode bonus = new CriterionNode("T", "Điểm thưởng", p("2"), new ScoringRule.Sum(), "", "", "",
                    Section.BONUS, List.of(manual("T.1", "1"), manual("T.2", "1")));
            Department office = Department.named("Công chức Văn phòng - Thống kê");
            Assessment a = start(set(manual("1", "100"), bonus), office);
            a = a.withEntry(a.entry("1").withResponsibilities(List.of(Responsibility.whole(office.id()))));
            a = appraise(appraise(a, "1", "90"), "T.1", "0.5");

            Scorecard card = ScoreEngine.score(a);

            assertThat(card.totals(Track.APPRAISED).bonus()).isEqualByComparingTo("0.5");
            assertThat(card.departments(Track.APPRAISED)).singleElement().satisfies(result -> {
                assertThat(result.department()).isEqualTo(office);
                assertThat(result.responsibleMaximum()).isEqualByComparingTo("100");
                assertThat(result.deduction()).isEqualByComparingTo("10");
            });
        }
    }

    @Nested
    class Departments {

        private final Department noiVu = new Department("noi-vu", "Phòng Nội vụ");
        private final Department trungTam = new Department("ttvh", "Trung tâm Văn hóa và Truyền thông");
        private final Department vanPhong = new Department("vp", "Văn phòng HĐND và UBND");

        /** Field 1 (16) = 1.1 (10) + 1.2 (6), shared; field 2 (84) belongs to the office. 1.1 loses 2 points. */
        private Assessment shared(Responsibility... shares) {
            CriteriaSet set = set(
                    parent("1", "16", manual("1.1", "10"), manual("1.2", "6")),
                    manual("2", "84"));
            Assessment a = start(set, noiVu, trungTam, vanPhong);
            a = a.withEntry(a.entry("1").withResponsibilities(List.of(shares)));
            a = a.withEntry(a.entry("2").withResponsibilities(List.of(Responsibility.whole(vanPhong.id()))));
            a = appraise(a, "1.1", "8");
            a = a.withEntry(a.entry("1.1").withAppraisalOpinion("Chưa ban hành kế hoạch tuyên truyền."));
            a = appraise(a, "1.2", "6");
            return appraise(a, "2", "84");
        }

        private DepartmentResult result(Assessment a, Department department) {
            return ScoreEngine.score(a).departments(Track.APPRAISED).stream()
                    .filter(r -> department.equals(r.department())).findFirst().orElseThrow();
        }

        private static void assertFigures(DepartmentResult result, String responsible, String achieved,
                                          String deduction) {
            assertThat(result.responsibleMaximum()).as("responsible").isEqualByComparingTo(responsible);
            assertThat(result.achieved()).as("achieved").isEqualByComparingTo(achieved);
            assertThat(result.deduction()).as("deduction").isEqualByComparingTo(deduction);
        }

        @Test
        void aSharedFieldSplitsResponsibilityAndDeductionsInProportion() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));

            // 2 lost × 13/16 = 1,625: in cents that add up to the 2 lost (the larger share takes the odd cent).
            assertFigures(result(a, noiVu), "13", "11.37", "1.63");
            assertFigures(result(a, trungTam), "3", "2.63", "0.37");
            assertFigures(result(a, vanPhong), "84", "84", "0");
        }

        @Test
        void departmentsAddUpToTheWholeAssessment() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));
            Scorecard card = ScoreEngine.score(a);

            List<DepartmentResult> results = card.departments(Track.APPRAISED);

            assertThat(results).extracting(DepartmentResult::department).containsExactly(noiVu, trungTam, vanPhong);
            assertThat(results.stream().map(DepartmentResult::responsibleMaximum).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
            assertThat(results.stream().map(DepartmentResult::achieved).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(card.totals(Track.APPRAISED).achieved());
            assertThat(results.stream().map(DepartmentResult::deduction).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(card.totals(Track.APPRAISED).deduction());
        }

        @Test
        void aShareWithoutPointsTakesTheRemainder() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), Responsibility.whole(trungTam.id()));

            // 2 lost × 13/16 = 1,625: in cents that add up to the 2 lost (the larger share takes the odd cent).
            assertFigures(result(a, noiVu), "13", "11.37", "1.63");
            assertFigures(result(a, trungTam), "3", "2.63", "0.37");
            assertThat(ScoreEngine.score(a).departments(Track.APPRAISED)).noneMatch(DepartmentResult::isUnassigned);
        }

        @Test
        void pointsNobodyWasGivenGoToAnUnassignedRowListedLast() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")));

            List<DepartmentResult> results = ScoreEngine.score(a).departments(Track.APPRAISED);

            DepartmentResult last = results.get(results.size() - 1);
            assertThat(last.isUnassigned()).isTrue();
            assertThat(last.department()).isNull();
            assertFigures(last, "3", "2.63", "0.37");
            assertFigures(result(a, noiVu), "13", "11.37", "1.63");
        }

        @Test
        void aLeafsOwnResponsibilityOverridesItsFields() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));
            a = a.withEntry(a.entry("1.1").withResponsibilities(List.of(Responsibility.whole(trungTam.id()))));

            // 1.1 (10, lost 2) is now the centre's alone; 1.2 (6) is still split 13:3: 4,875 and 1,125, in cents
            // that add up to the 16 points (the odd cent to the larger figure).
            assertFigures(result(a, noiVu), "4.87", "4.87", "0");
            assertFigures(result(a, trungTam), "11.13", "9.13", "2");
        }

        @Test
        void eachLostPointIsListedWithItsOpinionAndTheDepartmentsPart() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));

            assertThat(result(a, noiVu).deductions()).containsExactly(new DeductionItem("1.1", "Tiêu chí 1.1",
                    "Chưa ban hành kế hoạch tuyên truyền.", p("1.63")));
            assertThat(result(a, trungTam).deductions()).singleElement()
                    .satisfies(item -> assertThat(item.deduction()).isEqualByComparingTo("0.37"));
            assertThat(result(a, vanPhong).deductions()).isEmpty();
        }

        @Test
        void aLeafWithoutAnOpinionIsListedWithItsParentsOpinion() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));
            a = a.withEntry(a.entry("1.1").withAppraisalOpinion(""));
            a = a.withEntry(a.entry("1").withAppraisalOpinion("Nhiều nhiệm vụ hoàn thành chậm."));

            assertThat(result(a, noiVu).deductions()).extracting(DeductionItem::opinion)
                    .containsExactly("Nhiều nhiệm vụ hoàn thành chậm.");
        }

        @Test
        void theSelfScoreHasItsOwnDepartmentFigures() {
            Assessment a = shared(new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("3")));
            a = record(a, "1.1", Track.SELF, RuleInput.points("10"));

            DepartmentResult self = ScoreEngine.score(a).departments(Track.SELF).get(0);

            assertThat(self.department()).isEqualTo(noiVu);
            assertFigures(self, "13", "8.13", "0"); // only 1.1 self-scored: 10 × 13/16 = 8,125
        }

        @Test
        void departmentRowsAddUpInCentsWhenAFieldIsSharedInThree() {
            // 16 points with no figures: a third each, 5,333…; 2 lost on 1.1: 0,666… each.
            Assessment a = shared(Responsibility.whole(noiVu.id()), Responsibility.whole(trungTam.id()),
                    Responsibility.whole(vanPhong.id()));
            a = a.withEntry(a.entry("2").withResponsibilities(List.of()));
            Scorecard card = ScoreEngine.score(a);
            List<DepartmentResult> results = card.departments(Track.APPRAISED);

            assertFigures(result(a, noiVu), "5.34", "4.67", "0.67");
            assertFigures(result(a, trungTam), "5.33", "4.66", "0.67");
            assertFigures(result(a, vanPhong), "5.33", "4.67", "0.66");
            assertThat(results.get(results.size() - 1).isUnassigned()).isTrue();
            for (DepartmentResult row : results) {
                assertThat(row.responsibleMaximum().scale()).as("cents").isLessThanOrEqualTo(2);
                assertThat(row.achieved()).isEqualByComparingTo(row.assessedMaximum().subtract(row.deduction()));
                assertThat(row.deductions().stream().map(DeductionItem::deduction).reduce(BigDecimal.ZERO,
                        BigDecimal::add)).isEqualByComparingTo(row.deduction());
            }
            assertThat(results.stream().map(DepartmentResult::responsibleMaximum).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).isEqualByComparingTo("100");
            assertThat(results.stream().map(DepartmentResult::deduction).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("2");
        }
    }
}
