package vn.cchc.workbook.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.testdata.SmallCommune.d;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.testdata.SmallCommune;

/** Points now, expected gain, projected points, targets and what is missing: per node, field, department, overall. */
class ProjectionTest {

    /** 1.1 expects +1; 2.1 expects +5; 2.2 aims at 35. */
    private static Assessment planned() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        a = a.withEntry(a.entry("1.1").withExpectedGain(d("1")));
        a = a.withEntry(a.entry("2.1").withExpectedGain(d("5")));
        return a.withEntry(a.entry("2.2").withTarget(d("35")));
    }

    @Test
    void leavesAddTheirGainAndKeepTheirTarget() {
        Projection projection = Projection.of(planned());

        NodePlan leaf = projection.node("2.2");
        assertThat(leaf.current()).isEqualByComparingTo("30");
        assertThat(leaf.expectedGain()).isNull();
        assertThat(leaf.projected()).isEqualByComparingTo("30");
        assertThat(leaf.target()).isEqualByComparingTo("35");
        assertThat(leaf.missing()).isEqualByComparingTo("5");
        assertThat(leaf.uncovered()).isEqualByComparingTo("5");
        assertThat(projection.node("2.1").projected()).isEqualByComparingTo("45");
        assertThat(projection.node("2.1").target()).isNull();
        assertThat(projection.node("2.1").missing()).isNull();
    }

    @Test
    void nothingIsMissingFromACriterionOrDepartmentNotYetScored() {
        Assessment a = SmallCommune.start("Hiền Thành", vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2026,
                SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(vn.cchc.workbook.domain.criteria.RuleInput.points("3")));
        a = a.withEntry(a.entry("2.2").withTarget(d("38")));
        Projection projection = Projection.of(a, vn.cchc.workbook.domain.scoring.ScoreEngine.score(a),
                vn.cchc.workbook.domain.assessment.Track.SELF);

        assertThat(projection.node("2.2").scored()).isFalse();
        assertThat(projection.node("2.2").missing()).isNull();
        assertThat(projection.node("2.2").uncovered()).isNull();
        assertThat(projection.node("1").scored()).isTrue();
        List<DepartmentPlan> departments = projection.departments();
        assertThat(departments.get(0).scored()).isTrue();
        assertThat(departments.get(1).scored()).isFalse();
        assertThat(departments.get(1).missing()).isNull();
        assertThat(projection.overall().scored()).isTrue();
        assertThat(projection.overall().missing()).isNotNull();
    }

    @Test
    void parentsSumGainsAndCountProjectedPointsOfChildrenWithoutATarget() {
        Projection projection = Projection.of(planned());

        NodePlan field2 = projection.node("2");
        assertThat(field2.current()).isEqualByComparingTo("70");
        assertThat(field2.expectedGain()).isEqualByComparingTo("5");
        assertThat(field2.projected()).isEqualByComparingTo("75");
        // 2.1 keeps its projected 45, 2.2 aims at 35.
        assertThat(field2.target()).isEqualByComparingTo("80");
        assertThat(field2.missing()).isEqualByComparingTo("10");
        assertThat(field2.uncovered()).isEqualByComparingTo("5");

        NodePlan field1 = projection.node("1");
        assertThat(field1.expectedGain()).isEqualByComparingTo("1");
        assertThat(field1.projected()).isEqualByComparingTo("10");
        assertThat(field1.target()).as("no target anywhere in field 1").isNull();
        assertThat(projection.fields()).extracting(NodePlan::code).containsExactly("1", "2");
    }

    @Test
    void overallProjectsTheTotalAndTheIndex() {
        OverallPlan overall = Projection.of(planned()).overall();

        assertThat(overall.current()).isEqualByComparingTo("79");
        assertThat(overall.currentIndex()).isEqualByComparingTo("79");
        assertThat(overall.expectedGain()).isEqualByComparingTo("6");
        assertThat(overall.projected()).isEqualByComparingTo("85");
        assertThat(overall.projectedIndex()).isEqualByComparingTo("85");
        assertThat(overall.target()).isEqualByComparingTo("90");
        assertThat(overall.missing()).isEqualByComparingTo("11");
        assertThat(overall.uncovered()).isEqualByComparingTo("5");
    }

    @Test
    void departmentsGetTheirPartAsTheEngineAttributesPoints() {
        List<DepartmentPlan> departments = Projection.of(planned()).departments();

        assertThat(departments).extracting(DepartmentPlan::department).containsExactly(SmallCommune.A, SmallCommune.B);
        DepartmentPlan a = departments.get(0);
        DepartmentPlan b = departments.get(1);
        // A: field 1 whole, a third of field 2; points in cents that add up, as the engine gives them (decision 7).
        // Field 2 lost 10 on each leaf: a third is 3,33 of each (the odd cent goes to B, whose remainder is larger),
        // so A has 9 + 30 − 6,66 = 32,34 and B 60 − 13,34 = 46,66: 79 together, as the fields' 9 + 70.
        assertThat(a.responsible()).isEqualByComparingTo("40");
        assertThat(a.current()).isEqualByComparingTo("32.34");
        assertThat(b.current()).isEqualByComparingTo("46.66");
        // 1.1's +1 is A's; a third of 2.1's +5 is 1,67 (the remainders: A 0,0067, B 0,0033).
        assertThat(a.expectedGain()).isEqualByComparingTo("2.67");
        assertThat(b.expectedGain()).isEqualByComparingTo("3.33");
        // Targets (field 1 projected 10, 2.1 projected 45, 2.2 aims at 35: 90 in all) are a department's points
        // now plus what they ask of it beyond them, in cents: A 32,34 + 4,34, B 46,66 + 6,66. Target − now reads
        // right on each row, and the rows add up to 90.
        assertThat(a.target()).isEqualByComparingTo("36.68");
        assertThat(a.target().subtract(a.current())).isEqualByComparingTo("4.34");
        assertThat(b.responsible()).isEqualByComparingTo("60");
        assertThat(b.target()).isEqualByComparingTo("53.32");
        assertThat(a.target().add(b.target())).isEqualByComparingTo("90");
        assertThat(a.projected().add(b.projected())).isEqualByComparingTo("85");
        // The progress table prints what the department table prints.
        assertThat(a.current()).isEqualByComparingTo(ScoreEngine.score(planned()).departments(Track.APPRAISED)
                .get(0).achieved());
    }

    @Test
    void aParentsOwnTargetWinsAndIsSplitByItsDepartmentsParts() {
        Assessment a = planned();
        a = a.withEntry(a.entry("2").withTarget(d("84")));
        Projection projection = Projection.of(a);

        assertThat(projection.node("2").target()).isEqualByComparingTo("84");
        // The field asks 14 beyond its 70 now; B's part of that is 9,33 (two thirds, in cents), on its 46,66 now.
        DepartmentPlan b = projection.departments().get(1);
        assertThat(b.target()).isEqualByComparingTo("55.99");
        assertThat(b.missing()).isEqualByComparingTo("9.33");
    }

    @Test
    void projectedPointsNeverExceedTheMaximum() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        a = a.withEntry(a.entry("1.1").withExpectedGain(d("4")));
        Projection projection = Projection.of(a);

        assertThat(projection.node("1.1").projected()).isEqualByComparingTo("4");
        assertThat(projection.node("1").projected()).isEqualByComparingTo("10");
        assertThat(projection.overall().projected()).isEqualByComparingTo("80");
    }

    @Test
    void notApplicablePartsCountForNothing() {
        Assessment a = planned();
        a = a.withEntry(a.entry("2.2").withNotApplicable(true));
        Projection projection = Projection.of(a);

        assertThat(projection.node("2.2").maximum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(projection.node("2.2").target()).isNull();
        assertThat(projection.node("2").target()).isNull();
        assertThat(projection.overall().applicableMaximum()).isEqualByComparingTo("60");
        // 10 (field 1) + 45 (2.1) of 60 applicable points.
        assertThat(projection.overall().projected()).isEqualByComparingTo("55");
        assertThat(projection.overall().projectedIndex()).isEqualByComparingTo("91.6666666667");
        List<DepartmentShare> shares = projection.node("2").shares();
        assertThat(shares).extracting(DepartmentShare::department).containsExactly(SmallCommune.A, SmallCommune.B);
        assertThat(shares.get(0).points().doubleValue()).isCloseTo(50 / 3.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares.get(1).points().doubleValue()).isCloseTo(100 / 3.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
