package vn.cchc.workbook.domain.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.testdata.SmallCommune.ordered;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.testdata.SmallCommune;

/** An assessment against its earlier period: matched, new, dropped and changed criteria; changes; repeated losses. */
class ComparisonTest {

    /** 2022, standard set: 1.1 = 3 of 4, 1.2 = 6, 2.1 = 40 of 50, 2.2 = 40 (total 89). */
    private static Assessment lastYear() {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2022, SmallCommune.standardSet());
        a = SmallCommune.scored(a, "1.1", "3");
        a = SmallCommune.scored(a, "1.2", "6");
        a = SmallCommune.scored(a, "2.1", "40");
        a = SmallCommune.scored(a, "2.2", "40");
        return a.withEntry(a.entry("2.1").withAppraisalOpinion("Công khai TTHC chưa đầy đủ"));
    }

    /** 2023, a new set: 1.1 worth 10 (1.2 dropped), 2.2 worth 30, 2.3 new (10). */
    private static CriteriaSet newSet() {
        return SmallCommune.set("mau-xa-2023", ordered("1.1", "10"), ordered("2.1", "50", "2.2", "30", "2.3", "10"));
    }

    /** 1.1 = 10, 2.1 = 45 (still losing), 2.2 = 20 (a new loss), 2.3 = 10: total 85. */
    private static Assessment thisYear() {
        Assessment a = SmallCommune.start("UBND xã Hiền Thành", Period.FULL_YEAR, 2023, newSet());
        a = SmallCommune.scored(a, "1.1", "10");
        a = SmallCommune.scored(a, "2.1", "45");
        a = SmallCommune.scored(a, "2.2", "20");
        return SmallCommune.scored(a, "2.3", "10").withRankText("xếp thứ 3/18");
    }

    private static Comparison comparison() {
        Assessment linked = EarlierPeriods.link(thisYear(), lastYear(), "xếp thứ 4/18");
        return Comparison.compare(linked).orElseThrow();
    }

    /** 2023 in its self-scoring phase: 1.1 = 8, 2.1 = 45, 2.2 = 25 by the unit itself, nothing appraised (78). */
    private static Assessment thisYearSelfScored() {
        Assessment a = SmallCommune.start("UBND xã Hiền Thành", Period.FULL_YEAR, 2023, newSet());
        a = a.withEntry(a.entry("1.1").withSelf(SmallCommune.points("8")).withSelfExplanation("Chậm 5 ngày"));
        a = a.withEntry(a.entry("2.1").withSelf(SmallCommune.points("45")));
        return a.withEntry(a.entry("2.2").withSelf(SmallCommune.points("25")));
    }

    @Test
    void beforeAnyAppraisalThisPeriodIsComparedOnTheUnitsOwnScores() {
        // It was compared on the empty appraisal: "0,00 điểm", a fall of the whole earlier total (−89).
        Assessment linked = EarlierPeriods.link(thisYearSelfScored(), lastYear(), "");
        Comparison c = Comparison.compare(linked).orElseThrow();

        assertThat(c.laterTrack()).isEqualTo(Track.SELF);
        assertThat(c.laterTotal()).isEqualByComparingTo("78");
        // 2.3 (10 points) is not self-scored yet: 78 is a part, not a fall of 11 from last year's whole.
        assertThat(c.laterPartial()).isTrue();
        assertThat(c.totalChange()).isNull();
        assertThat(c.indexChange()).isNull();
        assertThat(c.node("2").orElseThrow().laterPartial()).isTrue();
        assertThat(c.node("2").orElseThrow().change()).isNull();
        assertThat(c.node("1").orElseThrow().laterPartial()).isFalse();
        assertThat(c.node("1").orElseThrow().change()).isNotNull();
        Assessment complete = linked.withEntry(linked.entry("2.3").withSelf(SmallCommune.points("10")));
        assertThat(Comparison.compare(complete).orElseThrow().totalChange()).isEqualByComparingTo("-1");
        assertThat(c.laterResult().published()).isFalse();
        assertThat(c.node("1.1").orElseThrow().laterPoints()).isEqualByComparingTo("8");
        assertThat(c.node("2").orElseThrow().laterPoints()).isEqualByComparingTo("70");
        // 1.1 and 2.1 lost points in both periods; the later reason is the unit's own explanation.
        assertThat(c.repeatedDeductions()).extracting(RepeatedDeduction::code).containsExactly("1.1", "2.1");
        assertThat(c.repeatedDeductions().get(0).laterOpinion()).isEqualTo("Chậm 5 ngày");
        assertThat(c.repeatedDeductions().get(0).laterDeduction()).isEqualByComparingTo("2");

        // Once a criterion is appraised, the appraisal is what is compared; an export can still ask for the self scores.
        Assessment appraisedOne = SmallCommune.scored(linked, "1.1", "10");
        assertThat(Comparison.compare(appraisedOne).orElseThrow().laterTrack()).isEqualTo(Track.APPRAISED);
        assertThat(Comparison.compare(appraisedOne).orElseThrow().laterTotal()).isEqualByComparingTo("10");
        Comparison self = Comparison.compare(appraisedOne, ResultBasis.PUBLISHED, Track.SELF).orElseThrow();
        assertThat(self.laterTotal()).isEqualByComparingTo("80");
        assertThat(self.laterTrack()).isEqualTo(Track.SELF);
    }

    @Test
    void nodesAreMatchedByCodeWithNewDroppedAndChangedOnesMarked() {
        Comparison c = comparison();

        assertThat(c.nodes()).extracting(NodeChange::code)
                .containsExactly("1", "1.1", "2", "2.1", "2.2", "2.3", "1.2");
        assertThat(c.newNodes()).extracting(NodeChange::code).containsExactly("2.3");
        assertThat(c.droppedNodes()).extracting(NodeChange::code).containsExactly("1.2");
        assertThat(c.changedNodes()).extracting(NodeChange::code).containsExactly("1.1", "2.2");
        assertThat(c.node("2.2").orElseThrow().earlierMaximum()).isEqualByComparingTo("40");
        assertThat(c.node("2.2").orElseThrow().laterMaximum()).isEqualByComparingTo("30");
        assertThat(c.node("1.2").orElseThrow().earlierPoints()).isEqualByComparingTo("6");
        assertThat(c.node("1.2").orElseThrow().change()).isNull();
        assertThat(c.sameCriteria()).isFalse();
    }

    @Test
    void changesPerNodeFieldAndOverall() {
        Comparison c = comparison();

        assertThat(c.node("1.1").orElseThrow().change()).isEqualByComparingTo("7");
        assertThat(c.fields()).extracting(NodeChange::code).containsExactly("1", "2");
        assertThat(c.node("1").orElseThrow().change()).isEqualByComparingTo("1");
        assertThat(c.node("2").orElseThrow().change()).isEqualByComparingTo("-5");
        assertThat(c.earlier().total()).isEqualByComparingTo("89");
        assertThat(c.laterTotal()).isEqualByComparingTo("85");
        assertThat(c.totalChange()).isEqualByComparingTo("-4");
        assertThat(c.indexChange()).isEqualByComparingTo("-4");
        assertThat(c.earlier().rankText()).isEqualTo("xếp thứ 4/18");
        assertThat(c.laterRankText()).isEqualTo("xếp thứ 3/18");
        assertThat(c.earlier().label()).isEqualTo("cả năm 2022");
        assertThat(c.laterLabel()).isEqualTo("cả năm 2023");
    }

    @Test
    void departmentsAreComparedByName() {
        Comparison c = comparison();

        DepartmentChange b = c.departments().stream().filter(d -> d.name().equals(SmallCommune.B.name()))
                .findFirst().orElseThrow();
        // B answers for two thirds of field 2 in both years: 80 × 2/3 = 53,33 (in cents, decision 7), then 75 × 2/3.
        assertThat(b.earlierAchieved()).isEqualByComparingTo("53.33");
        assertThat(b.laterAchieved()).isEqualByComparingTo("50");
        assertThat(b.change()).isEqualByComparingTo("-3.33");
    }

    @Test
    void aDepartmentWithNothingAppraisedYetHasNoPointsToCompareRatherThanZero() {
        // This year only lĩnh vực 1 (department A's) is appraised so far; B answers only for part of lĩnh vực 2.
        Assessment partly = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        partly = SmallCommune.scored(partly, "1.1", "4");
        Comparison c = Comparison.compare(EarlierPeriods.link(partly, lastYear(), "")).orElseThrow();

        DepartmentChange b = c.departments().stream().filter(d -> d.name().equals(SmallCommune.B.name()))
                .findFirst().orElseThrow();
        // Before, B showed 0 this year and a loss of its whole 53,33 points.
        assertThat(b.laterUnscored()).isTrue();
        assertThat(b.laterAchieved()).isNull();
        assertThat(b.change()).isNull();
        DepartmentChange a = c.departments().stream().filter(d -> d.name().equals(SmallCommune.A.name()))
                .findFirst().orElseThrow();
        assertThat(a.laterUnscored()).isFalse();
        assertThat(a.laterAchieved()).isEqualByComparingTo("4");
    }

    @Test
    void deductionsLostInBothPeriodsAreTheRepeatedOnes() {
        Comparison c = comparison();

        assertThat(c.repeatedDeductions()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("2.1");
            assertThat(r.earlierDeduction()).isEqualByComparingTo("10");
            assertThat(r.laterDeduction()).isEqualByComparingTo("5");
            assertThat(r.earlierOpinion()).isEqualTo("Công khai TTHC chưa đầy đủ");
        });
    }

    @Test
    void halfYearAgainstTheFullYearOfTheSameYearWithTheSameSet() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "2");
        half = SmallCommune.scored(half, "2.1", "30");
        Assessment full = SmallCommune.standard("Hiền Thành");

        Comparison c = Comparison.compare(EarlierPeriods.link(full, half, "")).orElseThrow();

        assertThat(c.sameCriteria()).isTrue();
        assertThat(c.earlier().label()).isEqualTo("6 tháng đầu năm 2023");
        assertThat(c.node("1.2").orElseThrow().earlierPoints()).as("not scored at half-year").isNull();
        assertThat(c.node("1.2").orElseThrow().change()).isNull();
        assertThat(c.node("1.1").orElseThrow().change()).isEqualByComparingTo("1");
        assertThat(c.repeatedDeductions()).extracting(RepeatedDeduction::code).containsExactly("1.1", "2.1");
    }

    @Test
    void linkingRefusesAnotherUnitALaterPeriodAndItself() {
        Assessment full = SmallCommune.standard("Hiền Thành");

        assertThatThrownBy(() -> EarlierPeriods.link(full, SmallCommune.standard("Vĩnh Lâm"), ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Kỳ trước thuộc đơn vị “Vĩnh Lâm”, khác với đơn vị “Hiền Thành”: chỉ so sánh được các kỳ "
                        + "của cùng một đơn vị.");
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        assertThatThrownBy(() -> EarlierPeriods.link(half, full, ""))
                .hasMessage("Kỳ “cả năm 2023” không trước kỳ “6 tháng đầu năm 2023”: kỳ trước phải là kỳ sớm hơn.");
        assertThatThrownBy(() -> EarlierPeriods.link(full, full, "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theBaselineTravelsWithEditsAndLockingAndTheRankCanBeSetWhenLocked() {
        Assessment linked = EarlierPeriods.link(thisYear(), lastYear(), "");
        Assessment edited = linked.withEntry(linked.entry("2.3").withAppraisalOpinion("Đạt")).withLocked(true)
                .withRankText("xếp thứ 2/18");

        assertThat(edited.earlierPeriod()).isEqualTo(linked.earlierPeriod());
        assertThat(edited.rankText()).isEqualTo("xếp thứ 2/18");
        assertThat(linked.earlierPeriod().rankText()).as("blank takes nothing: none was published").isEmpty();
        assertThat(Comparison.compare(SmallCommune.standard("Hiền Thành"))).isEmpty();
    }
}
