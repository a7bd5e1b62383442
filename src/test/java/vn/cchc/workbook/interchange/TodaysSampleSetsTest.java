package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.reports.criteria.CriteriaImport;
import vn.cchc.workbook.reports.criteria.CriteriaTemplateWriter;
import vn.cchc.workbook.reports.criteria.CriteriaWorkbookReader;

/**
 * Every bundled sample set (the 2025 ones of the two-tier structure and those of 2023) validates, adds up to 100,
 * is complete, and reproduces its own printed totals: exported as the template and read back, the printed
 * "Tổng cộng" matches the fields and the set comes back the same.
 */
class TodaysSampleSetsTest {

    @TempDir
    Path dir;

    static Stream<CriteriaSet> samples() {
        return BundledData.sampleCriteriaSets().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void validatesAddsUpTo100AndIsComplete(CriteriaSet set) {
        assertThat(CriteriaValidator.validate(set)).as(set.id()).isEmpty();
        assertThat(set.mainMaximum()).isEqualByComparingTo("100");
        assertThat(set.name()).startsWith("Bộ tiêu chí mẫu cấp ");
        assertThat(set.version()).contains("thay bằng bộ tiêu chí do UBND tỉnh ban hành");
        for (CriterionNode leaf : set.leaves()) {
            assertThat(leaf.guidance()).as("guidance of %s", leaf.code()).isNotBlank();
            assertThat(leaf.evidenceRequired()).as("evidence of %s", leaf.code()).isNotBlank();
            assertThat(leaf.defaultDepartment()).as("department of %s", leaf.code()).isNotBlank();
        }
        assertThat(set.roots().stream().filter(root -> root.section() == Section.MAIN).count()).isBetween(7L, 8L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reproducesItsOwnPrintedTotals(CriteriaSet set) throws IOException {
        Path file = dir.resolve(set.id() + ".xlsx");
        CriteriaTemplateWriter.write(set, file);
        CriteriaImport read = CriteriaWorkbookReader.read(file);
        assertThat(read.problems()).as(set.id()).extracting(Problem::messageKey)
                .doesNotContain("criteriaimport.totalDiffers", "criteriaimport.childrenSum");
        assertThat(read.errors()).isEmpty();
        assertThat(read.set().mainMaximum()).isEqualByComparingTo(set.mainMaximum());
        assertThat(read.set().nodes()).extracting(CriterionNode::code)
                .containsExactlyElementsOf(set.nodes().stream().map(CriterionNode::code).toList());
        assertThat(read.set().nodes()).extracting(node -> node.rule().kind())
                .containsExactlyElementsOf(set.nodes().stream().map(node -> node.rule().kind()).toList());
    }

    @Test
    void the2025CommuneSetIsForXaPhuongDacKhuWithPointsOutsideTheHundred() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025);
        assertThat(set.name()).isEqualTo("Bộ tiêu chí mẫu cấp xã (xã, phường, đặc khu) năm 2025");
        assertThat(set.year()).isEqualTo(2025);
        assertThat(set.node("9").section()).isEqualTo(Section.BONUS);
        assertThat(set.node("9").title()).isEqualTo("Điểm cộng");
        assertThat(set.node("10").section()).isEqualTo(Section.PENALTY);
        assertThat(set.node("10").title()).isEqualTo("Điểm bị trừ");
        assertThat(set.leaves()).extracting(leaf -> leaf.rule().kind())
                .contains("manual", "given", "levels", "ratio", "deductions", "per-item");
        assertThat(set.node("1.5.4").rule()).isEqualTo(new ScoringRule.PerItem(BigDecimal.ONE));
        assertThat(set.node("1.5.4").ruleWording()).startsWith("Mỗi sáng kiến");
        // Nothing of the district tier is left in the wording of today's set.
        for (CriterionNode node : set.nodes()) {
            assertThat(node.title() + node.guidance() + node.evidenceRequired()).as(node.code())
                    .doesNotContain("huyện", "thị trấn");
        }
    }

    @Test
    void theDepartmentSetSpeaksOfADepartment() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DEPARTMENT);
        assertThat(set.name()).isEqualTo("Bộ tiêu chí mẫu cấp sở, ban, ngành năm 2025");
        assertThat(set.level()).isEqualTo(UnitLevel.DEPARTMENT);
        for (CriterionNode node : set.nodes()) {
            assertThat(node.title() + node.guidance() + node.evidenceRequired()).as(node.code())
                    .doesNotContain("huyện", "thị trấn", "cấp xã");
        }
        assertThat(set.leaves()).extracting(CriterionNode::defaultDepartment).doesNotContain("Phòng Nội vụ");
        assertThat(set.leaves()).extracting(leaf -> leaf.rule().kind()).contains("per-item");
    }

    @Test
    void perItemPointsOfTheSampleScoreUpToTheMaximum() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025);
        Assessment ward = Assessment.start(AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", ""),
                Period.FULL_YEAR, 2025, set, List.of());
        ward = ward.withEntry(ward.entry("1.5.4").withFirstAppraisal(new RuleInput.ItemCount(5)));
        ward = ward.withEntry(ward.entry("9.1").withFirstAppraisal(new RuleInput.ItemCount(1)));
        ward = ward.withEntry(ward.entry("10.1").withFirstAppraisal(new RuleInput.ItemCount(1)));
        Totals totals = ScoreEngine.score(ward).totals(Track.APPRAISED);
        assertThat(totals.achieved()).isEqualByComparingTo("2");
        assertThat(totals.bonus()).isEqualByComparingTo("1");
        assertThat(totals.penalty()).isEqualByComparingTo("1");
        assertThat(totals.total()).isEqualByComparingTo("2");
    }
}
