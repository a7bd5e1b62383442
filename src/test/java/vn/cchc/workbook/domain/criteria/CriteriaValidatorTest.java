package vn.cchc.workbook.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.domain.TestSets.group;
import static vn.cchc.workbook.domain.TestSets.leaf;
import static vn.cchc.workbook.domain.TestSets.manual;
import static vn.cchc.workbook.domain.TestSets.p;
import static vn.cchc.workbook.domain.TestSets.parent;
import static vn.cchc.workbook.domain.TestSets.set;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.Problem;

class CriteriaValidatorTest {

    /** A valid set worth 100: field 1 (40) with two criteria, field 2 (60) a single leaf. */
    private static CriteriaSet valid(CriterionNode... extraRoots) {
        List<CriterionNode> roots = new java.util.ArrayList<>(List.of(
                parent("1", "40", manual("1.1", "15"), parent("1.2", "25", manual("1.2.1", "20"), manual("1.2.2", "5"))),
                manual("2", "60")));
        roots.addAll(List.of(extraRoots));
        return set(roots.toArray(CriterionNode[]::new));
    }

    /** The set worth 100 with {@code node} as the leaf 2 (worth 60). */
    private static CriteriaSet withLeaf(CriterionNode node) {
        return set(parent("1", "40", manual("1.1", "40")), node);
    }

    private static List<String> described(CriteriaSet set) {
        return CriteriaValidator.validate(set).stream().map(Problem::describe).toList();
    }

    @Test
    void aSoundSetHasNoProblems() {
        assertThat(CriteriaValidator.validate(valid())).isEmpty();
    }

    @Test
    void namesTheParentWhoseChildrenDoNotAddUp() {
        CriteriaSet set = set(parent("1", "40", manual("1.1", "15"), manual("1.2", "20")), manual("2", "60"));

        assertThat(described(set)).containsExactly(
                "Lỗi (1): Tổng điểm tối đa của các tiêu chí con là 35,00, khác điểm tối đa 40,00 của tiêu chí này.");
    }

    @Test
    void aTotalOtherThan100IsOnlyAWarning() {
        List<Problem> problems = CriteriaValidator.validate(set(manual("1", "16"), manual("2", "13")));

        assertThat(problems).containsExactly(Problem.warning("", "domain.criteria.totalNot100", p("29")));
        assertThat(CriteriaValidator.hasErrors(problems)).isFalse();
    }

    @Test
    void bonusAndPenaltyGroupsDoNotCountInTheHundredAndMayOfferMoreThanTheirCap() {
        CriteriaSet set = valid(
                group(Section.BONUS, "T", "2", manual("T.1", "1"), manual("T.2", "1"), manual("T.3", "1")),
                group(Section.PENALTY, "Đ", "3", manual("Đ.1", "2"), manual("Đ.2", "2")));

        assertThat(CriteriaValidator.validate(set)).isEmpty();
    }

    @Test
    void namesADuplicateCode() {
        CriteriaSet set = set(parent("1", "40", manual("1.1", "20"), manual("1.1", "20")), manual("2", "60"));

        assertThat(described(set)).containsExactly("Lỗi (1.1): Mã “1.1” bị trùng với một tiêu chí khác.");
    }

    @ParameterizedTest(name = "code \"{0}\" is malformed")
    @CsvSource({"1..2", "1.", ".1", "1 .2", "1-2", "(a)"})
    void namesAMalformedCode(String code) {
        CriteriaSet set = set(parent("1", "40", manual("1.1", "20"), manual(code, "20")), manual("2", "60"));

        assertThat(CriteriaValidator.validate(set)).containsExactly(
                Problem.error(code, "domain.criteria.codeMalformed", code));
    }

    @ParameterizedTest(name = "code \"{0}\" is accepted")
    @CsvSource({"II", "3.12.1", "2.a", "Đ"})
    void acceptsCodesAsPrinted(String code) {
        CriteriaSet set = set(manual(code, "100"));

        assertThat(CriteriaValidator.validate(set)).isEmpty();
    }

    @Test
    void namesAMissingCodeByTheTitle() {
        CriteriaSet set = set(parent("1", "40", manual("1.1", "20"),
                CriterionNode.leaf("", "Sáng kiến CCHC", p("20"), ScoringRule.Manual.FREE)), manual("2", "60"));

        assertThat(described(set)).containsExactly("Lỗi (Sáng kiến CCHC): Thiếu mã (STT) của tiêu chí.");
    }

    @Test
    void warnsOfACodeOutsideItsParent() {
        CriteriaSet set = set(parent("1", "40", manual("1.1", "20"), manual("2.2", "20")), manual("2", "60"));

        assertThat(CriteriaValidator.validate(set)).containsExactly(
                Problem.warning("2.2", "domain.criteria.codeOutsideParent", "2.2", "1"));
    }

    @Test
    void namesALeafScoredAsASum() {
        CriteriaSet set = withLeaf(leaf("2", "60", new ScoringRule.Sum()));

        assertThat(described(set)).containsExactly(
                "Lỗi (2): Tiêu chí không có tiêu chí con nên không thể tính bằng tổng; hãy chọn cách chấm.");
    }

    @Test
    void namesAParentWithItsOwnRule() {
        CriterionNode parentWithRule = new CriterionNode("1", "Lĩnh vực 1", p("40"), ScoringRule.Manual.FREE, "", "",
                "", Section.MAIN, List.of(manual("1.1", "40")));

        assertThat(described(set(parentWithRule, manual("2", "60")))).containsExactly(
                "Lỗi (1): Tiêu chí có tiêu chí con phải được tính bằng tổng các tiêu chí con.");
    }

    @Test
    void namesEveryProblemOfALevelsRule() {
        assertThat(described(withLeaf(leaf("2", "60", new ScoringRule.Levels(List.of())))))
                .containsExactly("Lỗi (2): Cách chấm theo mức chưa có mức nào.");
        assertThat(described(withLeaf(leaf("2", "60", new ScoringRule.Levels(List.of(
                new Level("Đạt", p("60")), new Level(" ", p("30")), new Level("Vượt", p("61")),
                new Level("Âm", p("-1"))))))))
                .containsExactly(
                        "Lỗi (2): Có một mức chưa có tên.",
                        "Lỗi (2): Mức “Vượt” có 61,00 điểm, nằm ngoài khoảng từ 0 đến 60,00.",
                        "Lỗi (2): Mức “Âm” có -1,00 điểm, nằm ngoài khoảng từ 0 đến 60,00.");
    }

    @ParameterizedTest(name = "step {0} refused")
    @CsvSource({"0", "-0.25", "61"})
    void namesAnImpossibleStep(String step) {
        CriteriaSet set = withLeaf(leaf("2", "60", new ScoringRule.Manual(p(step))));

        assertThat(CriteriaValidator.validate(set)).containsExactly(
                Problem.error("2", "domain.criteria.stepInvalid", p(step), p("60")));
    }

    @ParameterizedTest(name = "ratio bound {0} refused")
    @CsvSource({"0", "-0.1", "1.5"})
    void namesARatioBoundOutsideZeroToOne(String bound) {
        assertThat(CriteriaValidator.validate(withLeaf(leaf("2", "60", new ScoringRule.Ratio(p(bound), null)))))
                .containsExactly(Problem.error("2", "domain.criteria.ratioBoundInvalid", p(bound)));
        assertThat(CriteriaValidator.validate(withLeaf(leaf("2", "60", new ScoringRule.Ratio(null, p(bound))))))
                .containsExactly(Problem.error("2", "domain.criteria.ratioBoundInvalid", p(bound)));
    }

    @Test
    void namesAThresholdAboveTheFullPointsRatio() {
        assertThat(described(withLeaf(leaf("2", "60", new ScoringRule.Ratio(p("0.9"), p("0.7"))))))
                .containsExactly("Lỗi (2): Ngưỡng không tính điểm 0,90 lớn hơn ngưỡng đạt điểm tối đa 0,70.");
    }

    @ParameterizedTest(name = "deduction of {0} per violation refused")
    @CsvSource({"0", "-0.5"})
    void namesADeductionThatTakesNothing(String per) {
        assertThat(CriteriaValidator.validate(withLeaf(leaf("2", "60", new ScoringRule.Deductions(p(per))))))
                .containsExactly(Problem.error("2", "domain.criteria.deductionInvalid", p(per)));
    }

    @Test
    void namesAMissingTitleAndANegativeMaximum() {
        CriterionNode untitled = CriterionNode.leaf("1.2", " ", p("-5"), ScoringRule.Manual.FREE);
        CriteriaSet set = set(parent("1", "40", manual("1.1", "45"), untitled), manual("2", "60"));

        assertThat(described(set)).containsExactly(
                "Lỗi (1.2): Thiếu nội dung tiêu chí.",
                "Lỗi (1.2): Điểm tối đa -5,00 nhỏ hơn 0.");
    }

    @Test
    void namesASetWithoutNameOrFields() {
        CriteriaSet empty = new CriteriaSet("x", " ", null, UnitLevel.DISTRICT, 2023, null, List.of());

        assertThat(described(empty)).containsExactly(
                "Lỗi: Bộ tiêu chí chưa có tên.",
                "Lỗi: Bộ tiêu chí không có lĩnh vực nào.");
    }
}
