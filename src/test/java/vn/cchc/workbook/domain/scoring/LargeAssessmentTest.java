package vn.cchc.workbook.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentValidator;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.testdata.GeneratedAssessment;

/** The generated 500-node assessment the benchmarks measure is itself sound, so the benchmark measures real work. */
class LargeAssessmentTest {

    private final Assessment assessment = GeneratedAssessment.scored();

    @Test
    void hasFiveHundredNodesWorthOneHundredPointsAndNoProblems() {
        assertThat(assessment.criteria().nodes()).hasSize(500);
        assertThat(assessment.criteria().mainMaximum()).isEqualByComparingTo("100");
        assertThat(AssessmentValidator.validate(assessment)).isEmpty();
        assertThat(assessment.criteria().leaves()).extracting(CriterionNode::rule)
                .extracting(rule -> rule.kind()).contains("manual", "given", "levels", "ratio", "deductions");
    }

    @Test
    void everyLeafIsScoredAndTheDepartmentsAccountForEveryPoint() {
        Scorecard card = ScoreEngine.score(assessment);

        Totals appraised = card.totals(Track.APPRAISED);
        assertThat(appraised.unscoredLeaves()).isZero();
        assertThat(appraised.scoredLeaves()).isEqualTo(420);
        assertThat(appraised.achieved()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(99));
        assertThat(appraised.achieved().add(appraised.deduction())).isEqualByComparingTo("100");
        assertThat(card.totals(Track.SELF).achieved()).isEqualByComparingTo("100");
        assertThat(card.departments(Track.APPRAISED).stream().map(DepartmentResult::responsibleMaximum)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(card.departments(Track.APPRAISED)).noneMatch(DepartmentResult::isUnassigned);
    }
}
